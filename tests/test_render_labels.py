"""Labels: every zone labelled or marked with a leader, no label over another
or over a marker or the map furniture, corridor names written along their lines."""

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from sezmap.render.furniture import furniture_boxes
from sezmap.render.label_texts import short_label, short_name
from sezmap.render.labels import LabelCandidate, LabelPlacer
from sezmap.render.map_settings import MapSettings
from sezmap.render.renderer import render


@pytest.fixture(scope="module")
def default_map(qapp):
    from sezmap import paths
    from sezmap.render.project_map import ProjectMap
    from sezmap.store import open_store

    if not paths.default_project().exists() or not paths.basemap_path().exists():
        pytest.skip("no bundled project or basemap")
    from sezmap.render import crs as crs_mod

    project = open_store(paths.default_project()).load()
    return project, ProjectMap(str(paths.basemap_path()), crs_mod.DEFAULT_DISPLAY_CRS).whole(project)


def place_full_extent(project_scene, width, height, language="en"):
    _project, scene = project_scene
    settings = MapSettings(width=width, height=height, crs=scene.display_crs,
                           language=language).fitted(scene.full_bounds())
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    placer = LabelPlacer(width, height)
    render(settings, painter, scene, furniture=True, placer=placer)
    painter.end()
    return settings, placer


def polygons(label):
    return [shapely.Polygon(box) for box in label.boxes]


def overlap(a, b) -> float:
    return a.intersection(b).area


def rect_polygon(rect: QRectF):
    return shapely.box(rect.left(), rect.top(), rect.right(), rect.bottom())


@pytest.mark.parametrize("width, height", [(1400, 900), (1600, 1000), (1920, 1080)])
@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_full_extent_of_the_default_project(default_map, width, height, language):
    project, _scene = default_map
    settings, placer = place_full_extent(default_map, width, height, language)
    by_key = {label.cand.key: label for label in placer.placed}

    # every zone has a label: beside its marker (or on its area), or joined to it by a leader
    for zone_id in project.zones["zone_id"]:
        label = by_key.get(f"zones:{zone_id}")
        assert label is not None, zone_id
        cand = label.cand
        anchor = shapely.Point(cand.x, cand.y)
        box = polygons(label)[0]
        if label.leader is None:  # beside the ring, or on (just above or below) the area's centre
            near = cand.marker_px + 4 if not cand.centred else label.rect.height()
            assert box.distance(anchor) <= near, zone_id
        else:
            (x0, y0), (x1, y1) = label.leader
            assert np.hypot(x0 - cand.x, y0 - cand.y) == pytest.approx(cand.marker_px + 1, abs=0.5)
            assert box.distance(shapely.Point(x1, y1)) < 0.5  # the leader ends at the label

    # no two labels overlap (every box, a letter's box for curved text)
    boxes = [(label.cand.key, poly) for label in placer.placed for poly in polygons(label)]
    tree = shapely.STRtree([poly for _key, poly in boxes])
    for i, (key, poly) in enumerate(boxes):
        for j in tree.query(poly):
            if j != i and boxes[j][0] != key:
                assert overlap(poly, boxes[j][1]) < 1e-6, (key, boxes[j][0])

    # no label over a zone's or a hub's marker other than its own, nor over the furniture
    markers = [(key, rect_polygon(rect)) for rect, key in placer.obstacles
               if key.startswith(("zones:", "hubs:"))]
    assert len([k for k, _p in markers if k.startswith("zones:")]) >= 12  # the rings at country scale
    furniture = [rect_polygon(rect) for rect in furniture_boxes(settings)]
    assert len(furniture) == 2
    for label in placer.placed:
        for poly in polygons(label):
            for key, marker in markers:
                if key != label.cand.key:
                    assert overlap(poly, marker) < 1e-6, (label.cand.key, key)
            for box in furniture:
                assert overlap(poly, box) < 1e-6, label.cand.key

    # corridor names sit on their lines (the label's centre within 3 px of the line)
    corridors = [label for label in placer.placed if label.cand.key.startswith("corridors:")]
    assert len(corridors) >= 2
    for label in corridors:
        line = shapely.MultiLineString([part for part in label.cand.lines])
        assert line.distance(shapely.Point(label.centre)) <= 3.0, label.cand.key
        # and along them: the text runs in the line's direction where it is written
        if label.glyphs is None:
            a = np.radians(label.angle)
            ends = [shapely.Point(label.centre[0] + s * 40 * np.cos(a), label.centre[1] + s * 40 * np.sin(a))
                    for s in (-1, 1)]
            assert all(line.distance(p) <= 4.0 for p in ends), label.cand.key


def test_a_marker_without_room_beside_it_gets_its_label_with_a_leader():
    """Everything beside the zone's ring is taken (boxes above, below and on both sides, with a
    slit along its row): its label goes further out, joined to the ring by a leader line that
    threads through the slit, and overlaps nothing."""
    placer = LabelPlacer(320, 200)
    blocks = [QRectF(100, 60, 100, 36), QRectF(100, 104, 100, 36),  # above, below
              QRectF(157, 96, 43, 3), QRectF(157, 101, 43, 3),  # right, a slit at y = 100
              QRectF(100, 96, 43, 3), QRectF(100, 101, 43, 3)]  # left
    for n, rect in enumerate(blocks):
        placer.reserve(rect, f"hubs:h{n}")
    placer.reserve(QRectF(145, 95, 10, 10), "zones:a")
    cand = LabelCandidate("Zone A", 150, 100, key="zones:a", marker_px=5, required=True)
    placed = placer.place([cand])
    assert len(placed) == 1
    label = placed[0]
    assert label.leader is not None
    (x0, y0), (x1, y1) = label.leader
    assert (x0, y0) == pytest.approx((156.0, 100.0))  # from the ring's edge
    box = polygons(label)[0]
    assert box.distance(shapely.Point(x1, y1)) < 0.5  # to the label
    for rect in blocks:
        assert overlap(box, rect_polygon(rect)) == 0
        assert not shapely.LineString(label.leader).intersects(rect_polygon(rect).buffer(-0.01))


def test_a_label_beside_its_marker_needs_no_leader():
    placer = LabelPlacer(300, 200)
    placer.reserve(QRectF(145, 95, 10, 10), "zones:a")
    placer.reserve(QRectF(157, 93, 10, 14), "hubs:right")  # the right side is taken: the left is used
    placed = placer.place([LabelCandidate("Zone A", 150, 100, key="zones:a", marker_px=5, required=True)])
    assert len(placed) == 1 and placed[0].leader is None
    assert placed[0].rect.right() <= 145


def test_an_optional_label_without_room_is_left_out():
    placer = LabelPlacer(300, 200)
    placer.reserve(QRectF(0, 0, 300, 200), "furniture")
    placed = placer.place([LabelCandidate("City", 150, 100, key="cities:1", marker_px=2)])
    assert placed == []


def test_a_line_label_is_rotated_along_a_straight_line_and_centred_on_it():
    line = np.array([[20.0, 180.0], [380.0, 20.0]])  # rising to the right, ~24°
    placer = LabelPlacer(400, 200)
    placed = placer.place([LabelCandidate("Middle Corridor", 0, 0, font_px=11, key="corridors:c", lines=(line,))])
    assert len(placed) == 1
    label = placed[0]
    assert label.angle == pytest.approx(np.degrees(np.arctan2(-160, 360)), abs=0.5)
    assert shapely.LineString(line).distance(shapely.Point(label.centre)) < 1.0


def test_a_line_label_reads_left_to_right_and_bends_with_the_line():
    """A line drawn right to left whose two legs are each shorter than the name: the text bends
    round the corner, letter by letter, upright and left to right, centred on the line."""
    line = np.array([[300.0, 60.0], [200.0, 60.0], [80.0, 104.0]])
    placer = LabelPlacer(400, 200)
    placed = placer.place([LabelCandidate("A corridor with a long name", 0, 0, font_px=11, key="corridors:c",
                                          lines=(line,))])
    assert len(placed) == 1
    label = placed[0]
    assert label.glyphs is not None and len(label.glyphs) == len(label.text)
    xs = [g[1] for g in label.glyphs]
    assert xs == sorted(xs)  # left to right
    angles = [g[3] for g in label.glyphs]
    assert all(-90 < a <= 90 for a in angles)  # upright
    assert max(angles) - min(angles) > 10  # it bends
    path = shapely.LineString(line)
    assert path.distance(shapely.Point(label.centre)) < 0.5
    assert all(path.distance(shapely.Point(g[1], g[2])) < 2.0 for g in label.glyphs)


def test_line_labels_make_room_for_each_other():
    """Two lines converging: the first label placed at its line's middle would block the second;
    it moves along its line so both are written."""
    a = np.array([[10.0, 10.0], [390.0, 190.0]])
    b = np.array([[10.0, 40.0], [390.0, 190.0]])
    placer = LabelPlacer(400, 200)
    cands = [LabelCandidate("Corridor number one", 0, 0, priority=2, font_px=11, key="corridors:a", lines=(a,)),
             LabelCandidate("Corridor number two", 0, 0, priority=1, font_px=11, key="corridors:b", lines=(b,))]
    placed = placer.place(cands)
    assert {label.cand.key for label in placed} == {"corridors:a", "corridors:b"}
    pa, pb = polygons(placed[0]), polygons(placed[1])
    assert all(overlap(p, q) < 1e-6 for p in pa for q in pb)


@pytest.mark.parametrize("name, short", [
    ("China–Europe route via Khorgos (Western Europe–Western China highway)", "China–Europe route via Khorgos"),
    ("Транскаспий халықаралық көлік бағыты (Орта дәліз), Ақтау арқылы",
     "Транскаспий халықаралық көлік бағыты, Ақтау арқылы"),
    ("ICBC Khorgos (International Center for Boundary Cooperation)", "ICBC Khorgos"),
    ("Pavlodar SEZ", ""),
])
def test_short_names_leave_out_the_parentheses(name, short):
    assert short_name(name) == short


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_icbc_is_named_once_where_its_zone_and_its_hub_meet(default_map, language):
    """The ICBC zone and the cooperation-centre hub that stands for it share a name: it is
    written once, the zone's label, at country scale and zoomed on the zone alike."""
    project, scene = default_map
    zones = scene.layer("zones")
    bounds = tuple(float(v) for v in zones.arrays.bounds[zones.zone_ids.index("icbc_khorgos")])
    row = project.zones.set_index("zone_id").loc["icbc_khorgos"]
    name = row[f"name_{language}"]
    for fit in (scene.full_bounds(), bounds):
        settings = MapSettings(width=1400, height=900, crs=scene.display_crs, language=language).fitted(fit)
        image = QImage(1400, 900, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        placer = LabelPlacer(1400, 900)
        render(settings, painter, scene, furniture=True, placer=placer)
        painter.end()
        written = [label for label in placer.placed
                   if label.text.replace("\n", " ") in (name, short_name(name))]
        assert [label.cand.key for label in written] == ["zones:icbc_khorgos"], fit


@pytest.mark.parametrize("name, lines", [
    ("Park of Innovative Technologies SEZ", "Park of Innovative\nTechnologies SEZ"),
    ("Almaty G4 City SEZ", "Almaty G4\nCity SEZ"),
    ("Pavlodar", ""),
])
def test_a_name_is_broken_at_the_space_nearest_its_middle(name, lines):
    from sezmap.render.label_texts import two_lines

    assert two_lines(name) == lines


@pytest.mark.parametrize(("name", "short"), [
    ("ICBC Khorgos (International Center for Boundary Cooperation)", "ICBC Khorgos"),
    ("«Қорғас» шекара маңы ынтымақтастығы халықаралық орталығы (ШЫХО)", "«Қорғас» ШЫХО"),
    ("СЭЗ «Парк инновационных технологий» (Алатау)", "СЭЗ «Парк инновационных технологий»"),
    ("МЦПС «Хоргос»", ""),  # short already
    ("Saryarka SEZ", ""),
])
def test_a_short_label_is_the_shortest_form_of_a_name(name, short):
    assert short_label(name) == short
