"""The project file's layers and fields, as SCHEMA.md defines them.

One source of truth: the store creates tables from these specs, validation checks
against them, and import maps foreign columns onto them.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 4
CRS = "EPSG:4326"
SRS_ID = 4326


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # TEXT, INTEGER, REAL, DATE, DATETIME
    nullable: bool = True
    extension: bool = False  # sezmap's own addition: optional in files from elsewhere


@dataclass(frozen=True)
class LayerSpec:
    name: str
    id_field: str | None
    unique_id: bool
    geometry_type: str | None  # GeoPackage geometry type name of the column
    accepted_geometries: tuple[str, ...]  # shapely geom_type values accepted on input
    fields: tuple[Field, ...]

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def required_fields(self) -> list[Field]:
        return [f for f in self.fields if not f.extension]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


POLYGONAL = ("Polygon", "MultiPolygon")
LINEAR = ("LineString", "MultiLineString")

ZONES = LayerSpec(
    name="zones",
    id_field="zone_id",
    unique_id=True,
    geometry_type="MULTIPOLYGON",
    accepted_geometries=POLYGONAL,
    fields=(
        Field("zone_id", "TEXT", nullable=False),
        Field("name_en", "TEXT"),
        Field("name_ru", "TEXT"),
        Field("name_kk", "TEXT"),
        Field("category", "TEXT"),
        Field("established", "INTEGER"),
        Field("expires", "INTEGER"),
        Field("official_area_ha", "REAL"),
        Field("focus", "TEXT"),
        Field("region", "TEXT"),
        Field("source", "TEXT"),
        # the focus and region in Russian and Kazakh (exports and the app in those languages)
        Field("focus_ru", "TEXT", extension=True),
        Field("focus_kk", "TEXT", extension=True),
        Field("region_ru", "TEXT", extension=True),
        Field("region_kk", "TEXT", extension=True),
    ),
)

PLOTS = LayerSpec(
    name="plots",
    id_field="plot_id",
    unique_id=True,
    geometry_type="MULTIPOLYGON",
    accepted_geometries=POLYGONAL,
    fields=(
        Field("plot_id", "TEXT", nullable=False),
        Field("zone_id", "TEXT", nullable=False),
        Field("cadastral_no", "TEXT"),
        Field("status", "TEXT", nullable=False),
        Field("tenant", "TEXT"),
        Field("project_name", "TEXT"),
        Field("allocated_on", "DATE"),
        Field("contract_deadline", "DATE"),
        Field("investment_committed_kzt", "REAL"),
        Field("investment_actual_kzt", "REAL"),
        Field("jobs_planned", "INTEGER"),
        Field("version", "INTEGER", nullable=False),
        Field("updated_at", "DATETIME"),
        Field("updated_by", "TEXT"),
        # the part of its zone the plot belongs to (e.g. "Industrial park"); empty: none.
        # sezmap's own addition (schema version 4): a zone's parts are reported apart
        Field("part", "TEXT", extension=True),
    ),
)

CORRIDORS = LayerSpec(
    name="corridors",
    id_field="corridor_id",
    unique_id=False,  # several segments may share one corridor id
    geometry_type="MULTILINESTRING",
    accepted_geometries=LINEAR,
    fields=(
        Field("corridor_id", "TEXT", nullable=False),
        Field("name_en", "TEXT"),
        Field("name_ru", "TEXT"),
        Field("mode", "TEXT"),
        Field("name_kk", "TEXT", extension=True),
    ),
)

HUBS = LayerSpec(
    name="hubs",
    id_field="hub_id",
    unique_id=True,
    geometry_type="POINT",
    accepted_geometries=("Point",),
    fields=(
        Field("hub_id", "TEXT", nullable=False),
        Field("name_en", "TEXT"),
        Field("name_ru", "TEXT"),
        Field("kind", "TEXT"),
        Field("country", "TEXT"),
        Field("name_kk", "TEXT", extension=True),
        # border crossings: the country across the border (ISO 3166-1 alpha-2) and the mode
        # (rail, road or rail+road); sezmap's own addition, empty for other hubs
        Field("neighbour", "TEXT", extension=True),
        Field("mode", "TEXT", extension=True),
    ),
)

FEATURE_LAYERS: dict[str, LayerSpec] = {s.name: s for s in (ZONES, PLOTS, CORRIDORS, HUBS)}

ZONE_CATEGORIES = ("city", "industry", "trade")
CORRIDOR_MODES = ("rail", "road", "sea", "multimodal")
HUB_KINDS = (
    "border_crossing",
    "seaport",
    "dry_port",
    "logistics_hub",
    "cooperation_center",
    "station",
)
# Hub kinds whose nearest distance the report gives (SCHEMA.md section 2).
DISTANCE_HUB_KINDS = ("border_crossing", "seaport", "dry_port")
# Kazakhstan's neighbours, in the order the report lists the nearest crossing to each.
NEIGHBOURS = ("RU", "CN", "KG", "UZ", "TM")
CROSSING_MODES = ("rail", "road", "rail+road")

# Fields a plot edit may change; the rest are kept by the store itself.
EDITABLE_PLOT_FIELDS = tuple(
    f.name for f in PLOTS.fields if f.name not in ("plot_id", "version", "updated_at", "updated_by")
) + ("geometry",)


# The plot fields the analysis engine reads (AnalysisEngine.update_plot): the session passes
# these on after an edit, the engine's plot edits take them.
ANALYSIS_FIELDS = ("geometry", "zone_id", "status", "contract_deadline", "investment_committed_kzt",
                   "investment_actual_kzt")
