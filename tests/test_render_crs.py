"""The display CRS's transformers: PROJ's search for an operation done once in the process (it
takes ~20 ms), other threads making theirs from the pipeline it found."""

from __future__ import annotations

import threading

import numpy as np
import pyproj
import pytest

from sezmap.render import crs as crs_mod
from sezmap.render.project_map import ProjectMap

LON = np.array([51.2, 68.0, 76.9, 80.1])
LAT = np.array([43.3, 48.0, 43.2, 52.9])


def on_thread(work):
    """``work()`` on a new thread (a fresh thread-local cache of transformers); its result, or
    its exception raised here."""
    out: dict = {}

    def run():
        try:
            out["value"] = work()
        except Exception as error:  # raised again on the test's thread
            out["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in out:
        raise out["error"]
    return out["value"]


def no_search(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("PROJ searched again")

    monkeypatch.setattr(pyproj.Transformer, "from_crs", refuse)


def test_a_second_thread_makes_its_transformers_from_the_pipeline_without_a_search(monkeypatch):
    crs = "+proj=aea +lat_1=41 +lat_2=53 +lat_0=47 +lon_0=69 +ellps=WGS84 +units=m +no_defs"
    expected = pyproj.Transformer.from_crs(crs_mod.LONLAT, crs, always_xy=True).transform(LON, LAT)
    on_thread(lambda: crs_mod.prepare(crs))
    no_search(monkeypatch)
    x, y = on_thread(lambda: crs_mod.forward(crs, LON, LAT))
    assert np.array_equal(x, expected[0]) and np.array_equal(y, expected[1])
    lon, lat = on_thread(lambda: crs_mod.inverse(crs, x, y))
    np.testing.assert_allclose(lon, LON, atol=1e-9)
    np.testing.assert_allclose(lat, LAT, atol=1e-9)


def test_a_crs_whose_operation_proj_picks_point_by_point_is_searched_on_each_thread(monkeypatch):
    crs = "EPSG:28412"  # Pulkovo 1942: several candidate operations, no single pipeline
    expected = pyproj.Transformer.from_crs(crs_mod.LONLAT, crs, always_xy=True).transform(LON, LAT)
    on_thread(lambda: crs_mod.prepare(crs))
    x, y = on_thread(lambda: crs_mod.forward(crs, LON, LAT))
    assert np.array_equal(x, expected[0]) and np.array_equal(y, expected[1])
    no_search(monkeypatch)
    with pytest.raises(AssertionError, match="searched again"):
        on_thread(lambda: crs_mod.forward(crs, LON, LAT))


def test_the_open_prepares_the_display_crs_for_the_ui_thread_scale_bar_and_north_arrow(monkeypatch):
    crs = "+proj=aea +lat_1=40 +lat_2=54 +lat_0=48 +lon_0=67 +ellps=WGS84 +units=m +no_defs"
    on_thread(lambda: ProjectMap(None, crs).background())  # as the task thread makes the outline's map
    no_search(monkeypatch)
    x, y = on_thread(lambda: crs_mod.forward(crs, LON, LAT))
    lon, _ = on_thread(lambda: crs_mod.inverse(crs, x, y))
    np.testing.assert_allclose(lon, LON, atol=1e-9)
