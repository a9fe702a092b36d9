"""Opening a database without Qt: the service entry (never a password), ~/.pgpass only on
request and 0600, Recent projects refusing a location with a password."""

import configparser
import stat

import pytest

from sezmap.model.problems import DataError
from sezmap.session.database import (
    ConnectionSettings,
    database_title,
    read_service,
    recent_location_allowed,
    write_pgpass,
    write_service,
)


@pytest.fixture
def libpq_files(tmp_path, monkeypatch):
    monkeypatch.setenv("PGSERVICEFILE", str(tmp_path / "services.conf"))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    return tmp_path


def test_the_service_entry_holds_the_connection_and_no_password_and_keeps_other_entries(libpq_files):
    (libpq_files / "services.conf").write_text("[other]\nhost=elsewhere\ndbname=x\n")
    location = write_service(ConnectionSettings("db.example.kz", 5433, "sez", "kz_company", "sez_main"))
    assert location == "service=sez_main"
    parser = configparser.ConfigParser()
    parser.read(libpq_files / "services.conf")
    assert dict(parser["sez_main"]) == {"host": "db.example.kz", "port": "5433", "dbname": "sez", "user": "kz_company"}
    assert dict(parser["other"]) == {"host": "elsewhere", "dbname": "x"}
    assert "password" not in (libpq_files / "services.conf").read_text()
    assert database_title(location) == "sez — db.example.kz"
    write_service(ConnectionSettings("db2", 5432, "sez", "planner1", "sez_main"))  # replaced, not doubled
    assert read_service("sez_main")["host"] == "db2"


def test_incomplete_settings_write_nothing(libpq_files):
    with pytest.raises(DataError, match="dbname"):
        write_service(ConnectionSettings("host", 5432, " ", "me"))
    assert not (libpq_files / "services.conf").exists()


def test_pgpass_is_written_0600_with_one_line_per_login(libpq_files):
    location = write_service(ConnectionSettings("h", 5432, "sez", "me", "s1"))
    path = write_pgpass(location, "se:cret")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text() == "h:5432:sez:me:se\\:cret\n"
    write_pgpass("postgresql://me@h:5432/sez", "new")
    assert path.read_text() == "h:5432:sez:me:new\n"


def test_recent_projects_keep_no_location_with_a_password(tmp_path):
    assert recent_location_allowed(str(tmp_path / "p.gpkg"))
    assert recent_location_allowed("postgresql://me@h/sez") and recent_location_allowed("service=s1")
    assert not recent_location_allowed("postgresql://me:secret@h/sez")


def test_sezmap_open_refuses_a_uri_holding_a_password_without_echoing_it(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "sezmap", "open", "postgresql://me:s3cret@db.example.kz/sez"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2 and "holds a password" in done.stderr
    assert "s3cret" not in done.stderr + done.stdout
