"""QGIS beside sezmap on PostGIS: its edits are checked and audited by the server (Debian's python3-qgis)."""

import json
import os
import subprocess
import textwrap

import psycopg
import pytest

import needs
from pg_fixtures import as_login

pytestmark = pytest.mark.qgis

QGIS_EDIT = textwrap.dedent("""
    import json, os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from qgis.core import QgsApplication, QgsDataSourceUri, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    uri = QgsDataSourceUri()
    uri.setConnection(os.environ["PGHOST"], os.environ["PGPORT"], os.environ["PGDATABASE"], os.environ["PGUSER"], "")
    uri.setDataSource("sezmap", "plots", "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), "plots", "postgres")
    out = {"valid": layer.isValid()}
    tenant = layer.fields().indexOf("tenant")

    def edit(plot_id, value):
        feature = next(f for f in layer.getFeatures() if f["plot_id"] == plot_id)
        layer.startEditing()
        layer.changeAttributeValue(feature.id(), tenant, value)
        saved = layer.commitChanges()
        errors = layer.commitErrors()
        if not saved:
            layer.rollBack()
        return {"saved": saved, "errors": errors}

    out["own"] = edit("P1", "set in QGIS")
    out["foreign"] = edit("P2", "set in QGIS")
    print(json.dumps(out), flush=True)
    os._exit(0)  # QGIS 3.22's Python bindings may crash at interpreter exit
""")


def test_qgis_edits_are_audited_with_its_login_and_a_foreign_zone_edit_is_refused_and_reported(pg_seeded, tmp_path):
    python = needs.system_python_with("qgis.core", "python3-qgis")
    name, conn = as_login(pg_seeded, "company", ["Z1"])
    conn.close()
    script = tmp_path / "edit.py"
    script.write_text(QGIS_EDIT)
    env = {**os.environ, "PGUSER": name, "PGPASSWORD": "pw-" + name, "PGDATABASE": pg_seeded.rsplit("/", 1)[1],
           "PGOPTIONS": "-c sezmap.reason=edited\\ in\\ QGIS"}  # as a libpq service's options would set it
    done = subprocess.run([python, str(script)], capture_output=True, text=True, timeout=180, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["valid"] and result["own"]["saved"], result["own"]
    assert not result["foreign"]["saved"]
    assert any("may not change plot P2" in e for e in result["foreign"]["errors"]), result["foreign"]
    with psycopg.connect(pg_seeded) as db:
        assert db.execute("SELECT plot_id, tenant, version, updated_by FROM sezmap.plots ORDER BY plot_id").fetchall() \
            == [("P1", "set in QGIS", 2, name), ("P2", None, 1, "postgres")]
        assert db.execute("SELECT actor, plot_id, field, new_value, reason FROM sezmap.audit_log "
                          "WHERE reason <> 'seed'").fetchall() == [(name, "P1", "tenant", "set in QGIS", "edited in QGIS")]
