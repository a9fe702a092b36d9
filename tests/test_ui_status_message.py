"""Status-bar messages follow a language switch while they are shown (ui/status_text.py records,
ui/status_message.py on the bar), and only then: not once timed out, cleared or replaced."""

import re
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication, QStatusBar

from sezmap.ui.status_message import StatusMessage
from sezmap.ui.status_text import Showing, joined, rendered, translate
from tests.test_ui_step_language import apply_in_form
from tests.window_steps import step_written


def external_change(window, plot_ids, actors):
    """The window hears plots changed by another program (as the session tells it)."""
    window.edits.plots_changed(SimpleNamespace(origin="external", plot_ids=plot_ids, actors=actors))


def test_a_message_with_arguments_is_said_again_in_each_language_switched_to(window):
    bar = window.statusBar()
    external_change(window, ["p0", "p1"], ["ana", "bo"])
    assert bar.currentMessage() == "p0, p1 changed by ana, bo"
    window.set_language("ru")
    assert bar.currentMessage() == "p0, p1 изменён пользователем ana, bo"
    window.set_language("kk")
    assert bar.currentMessage() == "p0, p1 өзгертілді, өзгерткен: ana, bo"
    window.set_language("en")
    assert bar.currentMessage() == "p0, p1 changed by ana, bo"


def test_a_composed_message_retranslates_each_of_its_pieces(qtbot, open_window, project_path):
    w = open_window(project_path)
    apply_in_form(qtbot, w, "p0", "project_name", "Warehouse", "new project")
    w.edits.undo_action.trigger()  # "Undone: " and the step's name, each a translatable source
    step_written(qtbot, w)
    assert w.statusBar().currentMessage() == "Undone: Edit p0"
    w.set_language("ru")
    assert w.statusBar().currentMessage() == "Отменено: Изменение p0"
    w.set_language("kk")
    assert w.statusBar().currentMessage() == "Болдырылмады: p0 учаскесін өзгерту"


def test_pieces_joined_and_a_plural_follow_the_language(window):
    message = joined(rendered(window.edits.reloaded_text, 5), "ana", sep=" ")
    window.status_message.show(message, 10000)
    assert window.statusBar().currentMessage() == (
        "The project file was changed by another program: 5 plots reloaded. ana")
    window.set_language("ru")
    assert window.statusBar().currentMessage() == (
        "Файл проекта изменён другой программой: перезагружено 5 участков. ana")


def test_a_message_timed_out_is_not_brought_back_by_a_switch(window, qtbot):
    bar = window.statusBar()
    window.status_message.show(translate("MainWindow", "Nothing here"), 50)
    assert bar.currentMessage() == "Nothing here"
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=3000)
    window.set_language("ru")
    assert bar.currentMessage() == ""
    assert window.status_message.showing is None


def test_a_message_replaced_or_cleared_is_not_brought_back_by_a_switch(window):
    bar = window.statusBar()
    window.status_message.show(translate("MainWindow", "Nothing here"), 8000)
    QApplication.sendEvent(window, QStatusTipEvent("an action's tip"))  # the mouse over a menu item
    assert bar.currentMessage() == "an action's tip"
    window.set_language("ru")
    assert bar.currentMessage() == "an action's tip"  # not "Здесь ничего нет"
    window.status_message.show(translate("MainWindow", "Nothing here"), 8000)
    window.status_message.show(translate("MainWindow", "The analysis is still running; try again in a moment."))
    window.set_language("kk")
    assert bar.currentMessage() == "Талдау әлі жүріп жатыр; сәлден кейін қайталаңыз."  # the newer one only
    window.status_message.clear()
    window.set_language("ru")
    assert bar.currentMessage() == ""


def test_a_switch_keeps_the_time_a_message_has_left(qtbot):
    """Said again for what is left of its timeout, not for the whole of it again."""
    bar = QStatusBar()
    qtbot.addWidget(bar)
    now = [100.0]
    status = StatusMessage(bar, clock=lambda: now[0])
    status.show(translate("MainWindow", "Nothing here"), 1000)
    now[0] = 100.4
    status.retranslate()
    assert bar.currentMessage() == "Nothing here" and status.showing.remaining_ms(now[0]) == 600
    now[0] = 101.2  # past its time (by the clock), before the bar's own timer fired
    status.retranslate()
    assert bar.currentMessage() == "" and status.showing is None


def test_a_record_renders_its_arguments_once_each_and_leaves_missing_places():
    message = translate("Nowhere", "%1 then %2, %3").arg("a %2", rendered(str.upper, "b"))
    assert message.text() == "a %2 then B, %3"
    assert Showing(message, 0, 5.0).remaining_ms(99.0) is None  # no timeout: shown until replaced
    assert Showing(message, 500, 5.0).again(5.6) is None  # its time is up
    assert Showing(message, 500, 5.0).again(5.1).shown == "a %2 then B, %3"


def test_every_status_message_goes_through_status_message():
    """One way to show a status-bar message: nothing else calls the bar's showMessage or clearMessage."""
    root = Path(__file__).resolve().parent.parent / "sezmap"
    callers = sorted(str(p.relative_to(root)) for p in root.rglob("*.py")
                     if re.search(r"\b(showMessage|clearMessage)\(", p.read_text(encoding="utf-8")))
    assert callers == ["ui/status_message.py"]


def test_a_measurement_shown_is_written_again_in_the_language_switched_to(window):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    window.set_tool("measure")
    for point in (QPoint(60, 60), QPoint(400, 300)):
        QTest.mouseClick(window.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    english = window.statusBar().currentMessage()
    assert english.endswith(" km") and "." in english
    window.set_language("ru")
    russian = window.statusBar().currentMessage()
    assert russian.endswith(" км") and russian[:-3] == english[:-3].replace(".", ",")
