"""The bundled offline basemap: its layers, Kazakhstan's area, credits."""

import numpy as np
import pyogrio
import pyproj
import pytest
import shapely

from sezmap import paths

AEA = pyproj.Transformer.from_crs(
    "EPSG:4326", "+proj=aea +lat_1=42 +lat_2=52 +lat_0=48 +lon_0=68 +ellps=WGS84", always_xy=True)


def test_basemap_layers_and_credits():
    layers = dict(pyogrio.list_layers(paths.basemap_path()))
    for name in ("countries", "admin1", "water", "rivers", "cities"):
        assert name in layers
    sources = pyogrio.read_dataframe(paths.basemap_path(), layer="layer_sources")
    text = " ".join(sources.astype(str).to_numpy().ravel())
    assert "Natural Earth" in text and "GeoNames" in text


def test_kazakhstan_area_is_right():
    countries = pyogrio.read_dataframe(paths.basemap_path(), layer="countries")
    kz = countries[countries.iso_a2 == "KZ"].geometry.iloc[0]
    assert countries[countries.iso_a2 == "KZ"].name_kk.iloc[0] == "Қазақстан"
    area_km2 = shapely.transform(kz, lambda xy: np.column_stack(AEA.transform(xy[:, 0], xy[:, 1]))).area / 1e6
    assert area_km2 == pytest.approx(2_724_900, rel=0.005)
    assert shapely.contains(kz, shapely.Point(71.446, 51.1801))  # Astana
