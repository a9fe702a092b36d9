"""Waiting for a window's Apply, undo or redo to be written.

A write whose file is held a moment (this window's own task lanes reading or saving it, more
often under load) waits off the UI thread and is made once the file is free
(ui/file_wait.py). A test that reads the file after a step waits for that first; a step that
never started leaves nothing to wait for, so the test's own check still fails."""


def step_written(qtbot, window, timeout=20000) -> None:
    waits = (window.edits.file_wait, window.docks.plot_form.file_wait)
    qtbot.waitUntil(lambda: not any(wait.waiting for wait in waits), timeout=timeout)
