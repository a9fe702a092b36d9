"""Python's cyclic garbage collector paused while many lasting objects are made.

Making a million geometries (one GC-tracked Python object each) sets off the collector's full
collections again and again, each walking every tracked object of the process with the GIL
held: 0.1-0.6 s at 1M plots on a loaded 2-core machine, the window frozen meanwhile (what
held the GIL in the open's longest stalls, issue 24). ``lasting_objects_made()`` pauses the
collector while they are made and then moves every object tracked so far to the collector's
permanent generation (``gc.freeze``), so that later collections do not walk them either.
Reference counting still frees them (a project closed is freed as before); only reference
cycles made during the pause, by any thread, stay until the process ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    """How many pauses are open (threads may nest or overlap them) and whether the collector
    ran before the first."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.resume = False


_PAUSE = _Pause()


@contextmanager
def lasting_objects_made() -> Iterator[None]:
    """The collector paused within; at the end of the last open pause, every tracked object
    frozen (``gc.freeze``) and the collector running again if it ran before."""
    with _PAUSE.lock:
        if _PAUSE.depth == 0:
            _PAUSE.resume = gc.isenabled()
            gc.disable()
        _PAUSE.depth += 1
    try:
        yield
    finally:
        with _PAUSE.lock:
            _PAUSE.depth -= 1
            if _PAUSE.depth == 0:
                gc.freeze()
                if _PAUSE.resume:
                    gc.enable()
