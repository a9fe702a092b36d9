"""Background threads that take only the CPU the rest of the program leaves.

The window's open of a 1M-plot project runs its analysis on two workers while SQLite's
integrity check of the file (``GpkgStore.check_integrity_soon``: ~0.5 s of one core per 300 MB,
for the first edit's sake) reads every page beside it, on a machine of two cores: the check took
a third of the analysis's CPU while the dashboard waited for it (py-spy of the open). A thread
that calls :func:`lower_this_thread` first still runs, but gives way to every other thread of
the program. On Linux a thread's nice value is its own (setpriority(2) on its thread id);
elsewhere nothing changes.

Only for work that runs without the GIL (SQLite's check, in C): a lowered thread that holds the
GIL while the system runs the others first keeps the UI thread waiting for it (measured: the
analysis's preparation, Python and imports, lowered beside the plots' read stalled the window's
open 211-265 ms, against 86-98 ms unlowered).
"""

from __future__ import annotations

import os
import threading

LOWEST = 19  # the nicest value: CPU only when nobody else wants it


def lower_this_thread() -> bool:
    """Give the calling thread the lowest CPU priority; False where that cannot be done."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LOWEST)
    except (AttributeError, OSError):  # no per-thread priority here (not Linux), or refused
        return False
    return True
