"""The dock panels' common shape: a panel that shows project data follows the session and the
language setting itself (the window does not push into it).

A panel has a translated ``title()``, fixed captions set in ``retranslate_captions()`` and
contents drawn from the project in ``refresh()``. Given a session, it listens to its events:
``_project_changed`` (default: forget, then show the new project), ``_zone_changed`` (default:
``set_zone``), ``_engine_changed``, ``_selection_changed`` and ``_plots_changed`` (default:
nothing); and to its language setting (``retranslate()``). Each event refreshes a panel once.
``set_project``, ``set_zone`` and ``set_engine`` stay for showing data without a session.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from sezmap.session import events
from sezmap.session.language import LanguageSetting
from sezmap.ui.next_turn import next_turn_timer


class Later:
    """``call`` made on a later turn of the event loop, once however often it is asked for
    before then. A panel's rebuild after plots came or went (0.03-0.1 s each at 1M plots) then
    runs after the edit's other listeners, with the map and the dashboard shown already, and the
    selection that follows a split joins it. The calls asked for wait in one line and are made
    one per turn, so the window answers input between them (three rebuilds in one turn were
    one stall of their sum)."""

    _line: deque[Later] = deque()  # asked for, in order (an entry no longer waiting is passed over)
    _timer: QTimer | None = None  # the next turn's call of _next (next_turn_timer)

    def __init__(self, owner: QObject, call: Callable[[], None]):
        self.owner, self.call = owner, call
        self.waits = False  # asked for and not made yet

    def ask(self) -> None:
        if not self.waits:
            self.waits = True
            if not Later._line:
                Later._next_turn()
            Later._line.append(self)

    def flush(self) -> None:
        """Made now if it waits (before something that reads what it would have made)."""
        self._due()

    def _due(self) -> None:
        if self.waits:
            self.waits = False
            self.call()

    @staticmethod
    def _next() -> None:
        """The first call still waiting (its owner still there), then the rest on later turns."""
        line = Later._line
        try:
            while line:
                later = line.popleft()
                if later.waits and shiboken6.isValid(later.owner):
                    later._due()
                    break
        finally:
            if line:
                Later._next_turn()

    @staticmethod
    def _next_turn() -> None:
        if Later._timer is None:
            Later._timer = next_turn_timer(None, Later._next)
        Later._timer.start()


class ProjectPanel(QWidget):
    def __init__(self, session=None, language: LanguageSetting | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.project = session.project if session is not None else None
        self.language_setting = language if language is not None else LanguageSetting()
        pairs: list[tuple[events.Signal, Callable]] = [(self.language_setting.changed, self._language_changed)]
        if session is not None:
            pairs += [(session.project_changed, self._project_changed),
                      (session.zone_changed, self._zone_changed),
                      (session.engine_changed, self._engine_changed),
                      (session.selection_changed, self._selection_changed),
                      (session.plots_changed, self._plots_changed)]
        # disconnected when the widget goes, so the session never calls a deleted panel
        self.destroyed.connect(events.listen(*pairs))

    @property
    def language(self) -> str:
        """The language of names taken from the data (name_en, name_ru, name_kk)."""
        return self.language_setting.value

    def title(self) -> str:
        raise NotImplementedError

    def retranslate_captions(self) -> None:
        """Set the fixed texts (labels, buttons, titles) through ``self.tr``."""

    def refresh(self) -> None:
        """Show the project's data again (after a change of project, zone or language)."""

    def clear(self) -> None:
        """Forget what was shown for the previous project."""

    def retranslate(self) -> None:
        self.retranslate_captions()
        self.refresh()

    def set_project(self, project, scene=None) -> None:
        self.project = project
        self.clear()
        self.refresh()

    def set_zone(self, zone_id: str | None) -> None:
        """The current zone changed (the map, the toolbar or another panel picked it)."""

    # --- listening ----------------------------------------------------------------------------

    def _language_changed(self, _language: str) -> None:
        self.retranslate()

    def _project_changed(self, session) -> None:
        self.set_project(session.project)

    def _zone_changed(self, zone_id: str | None) -> None:
        self.set_zone(zone_id)

    def _engine_changed(self, engine) -> None: ...

    def _selection_changed(self, rows) -> None: ...

    def _plots_changed(self, event) -> None: ...
