"""Waiting for a window's undo or redo to be written.

A step whose file is held a moment (this window's own task lanes reading or saving it, more
often under load) waits off the UI thread and is written once the file is free
(ui/file_wait.py). A test that reads the file after a step waits for that first; a step that
never started leaves nothing to wait for, so the test's own check still fails."""


def step_written(qtbot, window, timeout=20000) -> None:
    qtbot.waitUntil(lambda: not window.edits.file_wait.waiting, timeout=timeout)
