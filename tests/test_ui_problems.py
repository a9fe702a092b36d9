"""Problems in the UI language: a damaged file named once in one clear message,
validation and edit refusals with a code and arguments, translated; the import layer chooser lists
layer names and passes the layer's key."""


import pytest
import shapely

from sezmap.model import schema
from sezmap.model.edits import PlotEdit
from sezmap.model.problems import DataError, Problem, Reason, reason_of
from sezmap.model.validation import check_value, validate_project
from sezmap.store.gpkg import GpkgStore
from factories import make_project


class Boxes:
    """QMessageBox.warning/information, recorded instead of shown."""

    def __init__(self, monkeypatch, *modules):
        self.shown = []
        for module in modules:
            monkeypatch.setattr(module.QMessageBox, "warning", self.record)

    def record(self, _parent, title, text, *_a, **_k):
        self.shown.append((title, text))


def damaged_copy(tmp_path, source):
    data = open(source, "rb").read()
    target = tmp_path / "broken.gpkg"
    target.write_bytes(data[: len(data) // 2])  # cut short, as a failed copy leaves it
    return str(target)


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_a_damaged_file_gives_one_clear_message_naming_it(window, tmp_path, qtbot, monkeypatch, language):
    from sezmap.ui import main_window, window_tasks

    boxes = Boxes(monkeypatch, main_window, window_tasks)
    broken = damaged_copy(tmp_path, window.project_path)
    window.set_language(language)
    window.open_project(broken)  # the task thread, as the menu and drag-and-drop do
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=20000)
    window.open_project(broken, wait=True)  # and waiting for it
    assert len(boxes.shown) == 2
    for title, text in boxes.shown:
        assert text.count(broken) == 1, text  # the file named, once
        for raw in ("SELECT", "sqlite", "OSError", "Error:", "Traceback"):
            assert raw not in text, text
        words = {"en": "damaged", "ru": "повреждён", "kk": "бүлінген"}[language]
        assert words in text, text
        assert title == {"en": "Cannot open the project", "ru": "Не удаётся открыть проект",
                         "kk": "Жобаны ашу мүмкін емес"}[language]
    assert window.project_path != broken


def test_problems_carry_a_code_and_arguments():
    # a bad value, a value not allowed, a missing layer
    with pytest.raises(ValueError) as caught:
        check_value(schema.PLOTS.field("investment_committed_kzt"), "many")
    reason = reason_of(caught.value)
    assert reason.code == "not_number" and reason.args == {"field": "investment_committed_kzt", "value": "many"}
    import factories as f

    layers = f.layers(plots=[f.plot("p1", status="sold")])
    del layers["hubs"]
    problems = validate_project(layers)
    codes = {p.code: p for p in problems}
    assert codes["unknown_status"].args["value"] == "sold" and codes["unknown_status"].row.startswith("p1")
    assert codes["missing_layer"].args == {"layer": "hubs"}
    assert str(codes["missing_layer"]) == "hubs -: layer is missing"  # the English reason as before
    # a Problem compares as before: the code is extra
    assert Problem("plots", "p1", Reason("x", "c", a=1)) == Problem("plots", "p1", "x")


def test_edit_refusals_carry_a_code(tmp_path):
    path = make_project(tmp_path / "codes.gpkg")
    store = GpkgStore(path)

    def refusal(change):
        with pytest.raises(DataError) as caught:
            store.apply_changes([change])
        return caught.value.problems[0]

    p = refusal(PlotEdit("p4", {"status": "vacant"}, "me", "try"))  # operational -> vacant
    assert p.code == "forbidden_transition" and p.args["old"] == "operational" and p.args["new"] == "vacant"
    assert "withdrawn" in p.args["onward"]
    p = refusal(PlotEdit("p0", {"tenant": "A"}, "me", "try", expect_version=7))
    assert p.code == "changed_meanwhile" and p.args["version"] == 1 and p.args["expected"] == 7
    plots = store.load().plots.set_index("plot_id")
    far = shapely.affinity.translate(plots.loc["p0", "geometry"], 0.5, 0.0)
    p = refusal(PlotEdit("p0", {"geometry": far}, "me", "moved"))
    assert p.code == "outside_zone" and p.args["metres"] > 1000
    onto = plots.loc["p1", "geometry"].buffer(0.001)
    codes = {q.code for q in pytest.raises(DataError, store.apply_changes,
                                           [PlotEdit("p0", {"geometry": onto}, "me", "over")]).value.problems}
    assert "overlap" in codes
    p = refusal(PlotEdit("nope", {"tenant": "A"}, "me", "x"))
    assert p.code == "no_such_plot"


def test_an_edit_refused_is_told_in_the_ui_language(window, monkeypatch):
    from sezmap.ui import window_edits

    boxes = Boxes(monkeypatch, window_edits)
    window.set_language("ru")
    window.edits.run(window.session.edit, "x", [PlotEdit("p4", {"status": "vacant"}, "me", "try")])
    (title, text), = boxes.shown
    assert title == "Не удалось изменить участки"
    assert text.startswith("Участки p4: ") and "«Действует»" in text and "«Свободен»" in text, text
    assert "cannot" not in text and "operational" not in text


def test_every_problem_template_is_translated():
    from sezmap.ui import i18n, problem_text
    from PySide6.QtCore import QCoreApplication

    try:
        for language in ("ru", "kk"):
            assert i18n.set_language(language)
            for code, template in problem_text.TEMPLATES.items():
                text = QCoreApplication.translate(problem_text.CONTEXT, template)
                assert text != template, (language, code)
                assert set(_places(text)) == set(_places(template)), (language, code, text)
    finally:
        i18n.set_language("en")


def _places(text):
    import string

    return [name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name]


def test_the_import_layer_chooser_lists_layer_names_and_gives_the_key(window, monkeypatch):
    from sezmap.ui import window_files

    offered = []

    def get_item(_parent, _title, _label, items, current, _editable):
        offered.append((list(items), current))
        return items[2], True

    monkeypatch.setattr(window_files.QInputDialog, "getItem", get_item)
    window.set_language("ru")
    assert window.files.ask_layer() == "corridors"
    assert offered == [(["Зоны", "Участки", "Коридоры", "Хабы"], 1)]
