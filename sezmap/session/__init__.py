"""The open project as the app works on it, without Qt: project, engine, current zone,
selection and undo stack in plain-Python objects that emit events (as napari's models do).

Widgets listen and render; every change to plots goes through :class:`ProjectSession.run`
(a command: do/undo, as glue's ``core/command.py``), so the app, the command line and later a
PostGIS store share one audited edit path.

The names below are imported when first asked for (PEP 562), not with the package: a command
that needs one small module of it (``session.language`` for an export's languages) would
otherwise import the edit path, validation and pandas first (0.5 s of the one-zone PDF's 3 s).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sezmap.session.commands import ChangePlots, Command
    from sezmap.session.events import PlotsChanged, Signal
    from sezmap.session.project_session import ProjectSession
    from sezmap.session.undo import UndoStack

_WHERE = {"ChangePlots": "commands", "Command": "commands", "PlotsChanged": "events", "Signal": "events",
          "ProjectSession": "project_session", "UndoStack": "undo"}
__all__ = ["ChangePlots", "Command", "PlotsChanged", "ProjectSession", "Signal", "UndoStack"]


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
