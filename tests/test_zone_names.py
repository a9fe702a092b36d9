"""Every zone's Russian and Kazakh name (issue 23): the shipped project gives each zone a name in
both languages, taken from seeds/zone_names.csv with its source, and a name keeps Latin letters
in Russian or Kazakh only where the seeds list that Latin form as the official one, with a
checkable source."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from tests import shipped

ROOT = Path(__file__).resolve().parents[1]
LATIN = re.compile(r"[A-Za-z]")

project = shipped.project


def _seed(name: str) -> dict[str, dict]:
    with open(ROOT / "seeds" / name, encoding="utf-8", newline="") as fh:
        return {r["zone_id"]: r for r in csv.DictReader(fh)}


def test_every_zone_has_a_russian_and_a_kazakh_name_from_the_seeds(project):
    names = _seed("zone_names.csv")
    assert sorted(names) == sorted(_seed("zones.csv"))
    assert sorted(project.zones.zone_id) == sorted(names)
    for zone in project.zones.itertuples():
        for language in ("ru", "kk"):
            name = getattr(zone, f"name_{language}")
            assert isinstance(name, str) and name.strip(), (zone.zone_id, language)
            assert name == names[zone.zone_id][f"name_{language}"], (zone.zone_id, language)
            assert names[zone.zone_id][f"source_{language}"].strip(), (zone.zone_id, language)


def test_a_latin_name_in_russian_or_kazakh_is_one_the_seeds_list_as_official(project):
    names = _seed("zone_names.csv")
    latin_found = set()
    for zone in project.zones.itertuples():
        official = set(filter(None, names[zone.zone_id]["latin_official"].split(";")))
        assert official <= {"ru", "kk"}, zone.zone_id
        for language in ("ru", "kk"):
            has_latin = bool(LATIN.search(getattr(zone, f"name_{language}")))
            assert has_latin == (language in official), (zone.zone_id, language)
            if has_latin:
                latin_found.add(zone.zone_id)
                assert "https://" in names[zone.zone_id][f"source_{language}"], (zone.zone_id, language)
    # Astana Technopolis is Cyrillic in Russian and Kazakh; Qyzyljar and G4 City are Latin officially
    assert latin_found == {"qyzyljar", "almaty_g4_city"}
