"""The cyclic collector paused while many lasting objects are made (sezmap.model.collector)."""

import gc

import numpy as np
import shapely

from sezmap.model.collector import lasting_objects_made


def _restore(was_enabled: bool) -> None:
    gc.unfreeze()
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_paused_within_and_what_was_made_is_frozen_after():
    was = gc.isenabled()
    gc.enable()
    frozen = gc.get_freeze_count()
    try:
        with lasting_objects_made():
            assert not gc.isenabled()
            geoms = shapely.points(np.arange(20_000, dtype=float).reshape(-1, 2))
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(geoms)  # the new geometries among the frozen
        assert gc.get_count()[0] < 700  # no collection of the young generation owed
    finally:
        _restore(was)


def test_nested_and_overlapping_pauses_resume_the_collector_only_at_the_last_end():
    was = gc.isenabled()
    gc.enable()
    try:
        outer = lasting_objects_made()
        outer.__enter__()
        with lasting_objects_made():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause is still open
        outer.__exit__(None, None, None)
        assert gc.isenabled()
    finally:
        _restore(was)


def test_a_collector_disabled_before_stays_disabled():
    was = gc.isenabled()
    gc.disable()
    try:
        with lasting_objects_made():
            pass
        assert not gc.isenabled()
    finally:
        _restore(was)


def test_frozen_objects_are_still_freed_by_their_reference_counts():
    import weakref

    was = gc.isenabled()
    try:
        class Held:
            pass

        with lasting_objects_made():
            held = Held()
        gone = weakref.ref(held)
        del held
        assert gone() is None
    finally:
        _restore(was)
