"""Work begun on a thread of its own, its result asked for later (no Qt, no other sezmap module:
every layer may use it)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any


def beside(fn: Callable[[], Any], name: str) -> Future:
    """``fn()`` on a thread of its own, named ``name`` (its result when asked for; the thread
    ends with it). Not at a lower priority: this is Python work that holds the GIL, which a
    thread the system runs last would keep from the UI thread (store/integrity_child.py)."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
    try:
        return pool.submit(fn)
    finally:
        pool.shutdown(wait=False)
