"""Hand-built projects for tests: small zones and plots with known geometry."""

from __future__ import annotations

import geopandas as gpd
import shapely

from sezmap.model import schema


def frame(spec: schema.LayerSpec, rows: list[dict]) -> gpd.GeoDataFrame:
    data = {f.name: [r.get(f.name) for r in rows] for f in spec.fields}
    return gpd.GeoDataFrame(data, geometry=[r["geometry"] for r in rows], crs=schema.CRS)


def zone(zone_id="z1", geometry=None, **kw) -> dict:
    row = dict(zone_id=zone_id, name_en=f"Zone {zone_id}", name_ru=f"Зона {zone_id}",
               name_kk=f"Аймақ {zone_id}", category="industry", established=2011, expires=None,
               official_area_ha=100.0, focus="test", region="Test Region", source="test")
    row.update(kw)
    row["geometry"] = geometry if geometry is not None else shapely.box(70.0, 45.0, 70.1, 45.1)
    return row


def plot(plot_id="p1", zone_id="z1", geometry=None, status="vacant", **kw) -> dict:
    row = dict(plot_id=plot_id, zone_id=zone_id, cadastral_no=None, status=status, tenant=None,
               project_name=None, allocated_on=None, contract_deadline=None,
               investment_committed_kzt=None, investment_actual_kzt=None, jobs_planned=None,
               version=1, updated_at="2026-01-01T00:00:00Z", updated_by="test")
    row.update(kw)
    row["geometry"] = geometry if geometry is not None else shapely.box(70.0, 45.0, 70.01, 45.01)
    return row


def corridor(corridor_id="c1", coords=((69.0, 44.0), (71.0, 46.0)), mode="rail", **kw) -> dict:
    row = dict(corridor_id=corridor_id, name_en=corridor_id, name_ru=corridor_id, mode=mode)
    row.update(kw)
    row["geometry"] = shapely.LineString(coords)
    return row


def hub(hub_id="h1", xy=(71.0, 46.0), kind="border_crossing", country="KZ", **kw) -> dict:
    row = dict(hub_id=hub_id, name_en=hub_id, name_ru=hub_id, kind=kind, country=country)
    row.update(kw)
    row["geometry"] = shapely.Point(xy)
    return row


def layers(zones=None, plots=None, corridors=None, hubs=None) -> dict[str, gpd.GeoDataFrame]:
    return {
        "zones": frame(schema.ZONES, zones if zones is not None else [zone()]),
        "plots": frame(schema.PLOTS, plots if plots is not None else [plot()]),
        "corridors": frame(schema.CORRIDORS, corridors if corridors is not None else [corridor()]),
        "hubs": frame(schema.HUBS, hubs if hubs is not None else [hub()]),
    }


def cell(i, j, x0=70.0, y0=45.0, size=0.01):
    """The (i, j) square of a grid of ``size``-degree cells from (x0, y0)."""
    x, y = x0 + i * size, y0 + j * size
    return shapely.box(x, y, x + size, y + size)


def open_session(path, project_layers, actor="Khorgos MC", as_of="2026-06-01", logistics=False):
    """A new project file at ``path`` opened in an editing session with its analysis."""
    from sezmap.store.gpkg import GpkgStore

    return session_on(GpkgStore.create(path, project_layers), actor, as_of, logistics)


def session_on(store, actor="Khorgos MC", as_of="2026-06-01", logistics=False):
    """An editing session with its analysis on the project in ``store`` (either store)."""
    from sezmap.analysis.engine import AnalysisEngine
    from sezmap.session import ProjectSession

    session = ProjectSession(actor=actor)
    project = store.load()
    session.set_project(store, project)
    session.set_engine(AnalysisEngine(project, as_of, logistics=logistics))
    return session


def make_project(path, zone_box=(70.0, 45.0, 70.1, 45.1), n=4) -> str:
    """A GeoPackage with zone z1 (``zone_box``) cut into n × n plots of every status, zone z2,
    a corridor and two hubs; its path."""
    from sezmap.model.statuses import STATUSES
    from sezmap.store.gpkg import GpkgStore

    x0, y0, x1, y1 = zone_box
    sx, sy = (x1 - x0) / n, (y1 - y0) / n
    plots = [plot(f"p{i * n + j}", "z1",
                  shapely.box(x0 + i * sx, y0 + j * sy, x0 + (i + 0.9) * sx, y0 + (j + 0.9) * sy),
                  status=STATUSES[(i * n + j) % len(STATUSES)])
             for i in range(n) for j in range(n)]
    zones = [zone("z1", shapely.box(*zone_box), name_en="Test Zone", name_ru="Тестовая зона"),
             zone("z2", shapely.box(76.0, 43.0, 76.2, 43.1), name_en="Other Zone")]
    project = layers(zones, plots, [corridor("c1", ((69.0, 44.0), (71.0, 46.0), (76.1, 43.05)))],
                     [hub("h1", (71.0, 46.0)), hub("h2", (76.1, 43.0), kind="dry_port")])
    GpkgStore.create(path, project, meta={"title": "Test project"})
    return str(path)
