"""How a ``sezmap`` command ends: its exit handlers run and its output is flushed, then the
process ends without taking its objects apart one by one.

A one-zone export holds hundreds of thousands of GEOS geometries, pandas frames and Qt objects
when it is done; the interpreter's own exit frees each of them (0.3–0.4 s of CPU for the largest
zone of a 1M-plot project), which the operating system does at once when the process ends.
Only a command that says it leaves nothing to close ends this way (``export``: its output is
written whole and renamed, the project only read; :func:`no_teardown_needed`), and only from
the command line (``python -m sezmap`` and the ``sezmap`` script); tests call ``cli.main`` and
return from it. The window and the commands that write a project end the ordinary way. The
steps are the interpreter's own up to the freeing: threads are waited for (``threading``'s
shutdown: idle worker pools are told to stop and joined), the ``atexit`` handlers run, the
standard streams are flushed.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn


class _Ending:
    """How this process ends: with the interpreter's teardown unless a command said it needs none."""

    def __init__(self) -> None:
        self.teardown = True
        self.command_line = False  # run() called: this process ends when the command returns
        self.kept: list[object] = []  # what such a command leaves to the end of the process


ENDING = _Ending()


def no_teardown_needed(*keep: object) -> None:
    """Said by a command that keeps no file open and has nothing left to write when it returns:
    the process may end without freeing its objects (:func:`leave`). ``keep``: what it read
    (the project), held to the end: else it is freed as the command returns (0.2 s of the
    largest zone's PDF), only for the process to end (from the command line only: a test that
    calls ``cli.main`` goes on and frees them)."""
    ENDING.teardown = False
    if ENDING.command_line:
        ENDING.kept.extend(keep)


def leave(code: int) -> NoReturn:
    """End the process with exit status ``code``: threads joined, exit handlers run (``atexit``,
    which also closes Qt's application and finalizers' temporary folders), then stdout and stderr
    flushed; the ordinary exit where this Python has no ``threading._shutdown``."""
    shutdown = getattr(threading, "_shutdown", None)
    if shutdown is None:
        sys.exit(code)
    shutdown()
    atexit._run_exitfuncs()  # (a handler's error is printed, as at an ordinary exit)
    status = code
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: as the ordinary exit, status 120
            status = status or 120
    os._exit(status)


def run() -> NoReturn:
    """The command line's entry point: ``cli.main`` with the arguments given, then the ordinary
    exit, or :func:`leave` after a command that needs no teardown."""
    from sezmap import blas_threads

    blas_threads.one_thread()  # (before NumPy's import)
    from sezmap.cli import main

    ENDING.command_line = True
    code = main()
    if ENDING.teardown:
        sys.exit(code)
    leave(code)
