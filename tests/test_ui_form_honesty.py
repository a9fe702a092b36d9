"""The plot form never misleads or loses typing (pytest-qt, offscreen, real typing and clicks):
another user's change is not written over what was typed, a refused edit leaves the form
usable, hint lines do not move the fields, and the reason belongs to one plot."""

import pytest
from PySide6.QtCore import Qt

from sezmap.model.edits import PlotEdit
from sezmap.store.gpkg import GpkgStore
from tests import factories as f

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def session(tmp_path):
    plots = [f.plot(f"KEG-{k + 1:04d}", "z1", geometry=f.cell(k, 0)) for k in range(3)]
    return f.open_session(tmp_path / "p.gpkg", f.layers(plots=plots))


@pytest.fixture
def form(qtbot, session):
    from sezmap.ui.plot_form import PlotForm

    w = PlotForm(session)
    qtbot.addWidget(w)
    w.resize(420, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def select(session, pid):
    session.set_selection([session.row_of(pid)])


def stored(session, pid):
    return GpkgStore(session.store.path).read_plots([pid])[pid]


def type_into(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def theirs(session, pid, **changes):
    """Another user's change, committed to the file by another store (as the CLI would)."""
    GpkgStore(session.store.path).apply_edit(PlotEdit(pid, changes, "Dana (office)", "phone call"))


def test_another_users_change_never_replaces_what_was_typed_and_keep_mine_applies_it(qtbot, session, form):
    select(session, "KEG-0001")
    type_into(qtbot, form.edits["tenant"], "Mine LLP")
    type_into(qtbot, form.reason, "lease signed")
    theirs(session, "KEG-0001", tenant="Theirs LLP", project_name="Depot")
    session.poll_external()  # what the window's timer does every few seconds
    assert form.edits["tenant"].text() == "Mine LLP"  # kept
    assert form.conflict.isVisible()
    text = form.conflict_text.text()
    assert "Dana (office)" in text and " UTC" in text and text.startswith("Changed by")
    assert not form.apply_button.isEnabled()  # never applied over a change the user has not seen
    qtbot.mouseClick(form.keep_button, LEFT)
    assert not form.conflict.isVisible()
    assert form.edits["tenant"].text() == "Mine LLP" and form.edits["project_name"].text() == "Depot"
    assert form.apply_button.isEnabled()
    qtbot.mouseClick(form.apply_button, LEFT)
    row = stored(session, "KEG-0001")
    assert (row["tenant"], row["project_name"], row["version"]) == ("Mine LLP", "Depot", 3)


def test_reload_shows_their_values(qtbot, session, form):
    select(session, "KEG-0002")
    type_into(qtbot, form.edits["tenant"], "Mine LLP")
    theirs(session, "KEG-0002", tenant="Theirs LLP")
    session.poll_external()
    qtbot.mouseClick(form.reload_button, LEFT)
    assert form.edits["tenant"].text() == "Theirs LLP" and not form.conflict.isVisible()


def test_a_stale_apply_keeps_the_typing_and_leaves_the_form_usable(qtbot, session, form):
    select(session, "KEG-0001")
    type_into(qtbot, form.edits["tenant"], "Mine LLP")
    type_into(qtbot, form.reason, "lease signed")
    theirs(session, "KEG-0001", tenant="Theirs LLP")  # not yet seen by the session
    qtbot.mouseClick(form.apply_button, LEFT)
    assert "nothing was saved" in form.error.text().lower()
    assert form.edits["tenant"].text() == "Mine LLP" and form.conflict.isVisible()
    qtbot.mouseClick(form.keep_button, LEFT)
    assert form.apply_button.isEnabled() and form.revert_button.isEnabled()
    qtbot.mouseClick(form.apply_button, LEFT)
    assert stored(session, "KEG-0001")["tenant"] == "Mine LLP"


def test_a_refused_status_change_leaves_the_form_usable(qtbot, session, form):
    select(session, "KEG-0003")
    form.status_box.setCurrentIndex(form.status_box.findData("reserved"))
    type_into(qtbot, form.reason, "reserved")
    qtbot.mouseClick(form.apply_button, LEFT)  # the store refuses: a reserved plot needs a tenant
    assert "Tenant" in form.error.text() and stored(session, "KEG-0003")["version"] == 1
    type_into(qtbot, form.edits["tenant"], "Future LLP")
    assert form.apply_button.isEnabled()
    qtbot.mouseClick(form.apply_button, LEFT)
    assert (stored(session, "KEG-0003")["status"], stored(session, "KEG-0003")["tenant"]) == ("reserved", "Future LLP")
    type_into(qtbot, form.edits["project_name"], "x")
    qtbot.mouseClick(form.revert_button, LEFT)
    assert form.edits["project_name"].text() == ""


def test_hint_and_error_lines_do_not_move_the_fields_below(qtbot, session, form):
    select(session, "KEG-0001")
    qtbot.wait(10)
    below = ("investment_actual_kzt", "jobs_planned")
    before = {n: form.edits[n].mapTo(form, form.edits[n].rect().topLeft()).y() for n in below}
    reason_y = form.reason.mapTo(form, form.reason.rect().topLeft()).y()
    type_into(qtbot, form.edits["contract_deadline"], "31.12")  # an error line under it
    type_into(qtbot, form.edits["investment_committed_kzt"], "4500000000")  # a hint line (₸ 4.5 bn)
    qtbot.wait(10)
    assert form.messages["contract_deadline"].text() and form.messages["investment_committed_kzt"].text()
    after = {n: form.edits[n].mapTo(form, form.edits[n].rect().topLeft()).y() for n in below}
    assert after == before
    assert form.reason.mapTo(form, form.reason.rect().topLeft()).y() == reason_y


def test_the_reason_is_cleared_when_another_plot_is_selected(qtbot, session, form):
    select(session, "KEG-0001")
    type_into(qtbot, form.reason, "meant for KEG-0001")
    select(session, "KEG-0002")
    assert form.reason.text() == ""
