"""The open project as the app works on it, without Qt: project, engine, current zone,
selection and undo stack in plain-Python objects that emit events (as napari's models do).

Widgets listen and render; every change to plots goes through :class:`ProjectSession.run`
(a command: do/undo, as glue's ``core/command.py``), so the app, the command line and later a
PostGIS store share one audited edit path.
"""

from sezmap.session.commands import ChangePlots, Command
from sezmap.session.events import PlotsChanged, Signal
from sezmap.session.project_session import ProjectSession
from sezmap.session.undo import UndoStack

__all__ = ["ChangePlots", "Command", "PlotsChanged", "ProjectSession", "Signal", "UndoStack"]
