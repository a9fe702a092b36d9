"""The plots frame seated in buffers with room, made off the UI thread (no Qt).

A plot added (a split, a drawn plot, an undo of a merge) is written after the frame's rows in
their buffers' room (``model.room.frame_extended``) instead of a ``pd.concat`` of the million
rows on the UI thread. The frame the store loaded has no room: its numpy-backed columns are
copied into buffers with room once, on the task thread beside the first analysis (~20-90 ms at
1M plots); the session takes that copy if nothing wrote the frame meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from sezmap.model.room import Room, seated_frame


@dataclass
class FrameSeat:
    """``frame`` (the plots frame when asked for, ``edits`` the session's count of writes to it
    then) and, once ``made``, ``seated``: the same values in ``room``'s buffers."""

    frame: pd.DataFrame
    edits: int
    room: Room = field(default_factory=Room)
    seated: pd.DataFrame | None = None

    def made(self) -> FrameSeat:
        """The copy made (on any thread: the frame is only read)."""
        self.seated = seated_frame(self.room, self.frame)
        return self
