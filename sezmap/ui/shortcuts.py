"""Keyboard shortcuts that behave the same on every desktop.

- ``key_sequences``: a standard key's platform bindings plus the ones sezmap always offers, each
  once. An action that holds the same sequence twice (GNOME's Redo is Ctrl+Shift+Z, so
  ``[Ctrl+Shift+Z, StandardKey.Redo]`` held it twice) makes Qt call every press an
  "Ambiguous shortcut overload" and do nothing.
- ``map_only``: single-letter tool keys act only while the map (or a child of it) has focus, so
  typing in a field or a table never switches the tool.
- ``TextFieldUndo``: Ctrl+Z (Ctrl+Shift+Z, Ctrl+Y) in a text field that has nothing of its own to
  undo (redo), while nothing typed in the window is unapplied, goes to the window's Undo (Redo).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")  # on every desktop, whatever its scheme binds


def platform_bindings(standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The current platform's bindings of a standard key (GNOME's Redo: Ctrl+Shift+Z only)."""
    return list(QKeySequence.keyBindings(standard))


def key_sequences(standard: QKeySequence.StandardKey, extra: Iterable[str] = ()) -> list[QKeySequence]:
    """``extra`` first, then the platform's bindings of ``standard``, each sequence once."""
    out: list[QKeySequence] = []
    for seq in [QKeySequence(text) for text in extra] + platform_bindings(standard):
        if not seq.isEmpty() and seq not in out:
            out.append(seq)
    return out


def map_only(actions: Iterable[QAction], canvas: QWidget) -> None:
    """Make the actions' shortcuts work only while ``canvas`` (or a child of it) has focus."""
    for action in actions:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        canvas.addAction(action)


class TextFieldUndo(QObject):
    """Lets Ctrl+Z and Redo keys through from text fields that have nothing of their own to undo
    or redo, to ``undo`` and ``redo`` actions, unless ``unapplied()`` (typing not yet applied
    would be lost when the step reloads the form). Watch fields with ``watch``."""

    def __init__(self, undo: QAction, redo: QAction, unapplied: Callable[[], bool], parent: QObject):
        super().__init__(parent)
        self.undo, self.redo, self.unapplied = undo, redo, unapplied

    def watch(self, fields: Iterable[QLineEdit]) -> None:
        for edit in fields:
            edit.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(obj, QLineEdit):
            return False
        seq = QKeySequence(event.keyCombination())
        if seq in self.undo.shortcuts():
            own = obj.isUndoAvailable()
        elif seq in self.redo.shortcuts():
            own = obj.isRedoAvailable()
        else:
            return False
        if own or obj.isReadOnly() or self.unapplied():
            return False  # the field undoes its own typing (QLineEdit takes the key)
        event.ignore()  # not taken by the field: the window's shortcut runs
        return True


@dataclass(frozen=True)
class ShortcutRow:
    """One line of Help → Keyboard shortcuts: the action's ``name`` (no mnemonic), its ``keys``
    as this desktop writes them, and where they act when only on one widget (``place``: the
    name ``shortcut_rows`` was given for it, "" for the whole window)."""

    name: str
    keys: tuple[str, ...]
    place: str = ""


# keys a desktop binds to a standard action that few keyboards have (X11 binds Undo to F14 and
# the Undo key): left out of the list, which is for people
UNCOMMON_KEYS = {*range(Qt.Key.Key_F13.value, Qt.Key.Key_F35.value + 1), *(k.value for k in (
    Qt.Key.Key_Undo, Qt.Key.Key_Redo, Qt.Key.Key_Refresh, Qt.Key.Key_Copy, Qt.Key.Key_Paste, Qt.Key.Key_Cut,
    Qt.Key.Key_Open, Qt.Key.Key_Find, Qt.Key.Key_Save, Qt.Key.Key_Close, Qt.Key.Key_Back, Qt.Key.Key_Forward,
    Qt.Key.Key_Stop, Qt.Key.Key_Reload, Qt.Key.Key_ZoomIn, Qt.Key.Key_ZoomOut, Qt.Key.Key_Help))}


def _common(seq: QKeySequence) -> bool:
    return seq.count() > 0 and all(seq[i].key().value not in UNCOMMON_KEYS  # type: ignore[index]
                                   for i in range(seq.count()))


def plain_text(action: QAction) -> str:
    """An action's text as a name: no mnemonic ampersand, no trailing ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def shortcut_rows(actions: Iterable[QAction], places: dict | None = None) -> list[ShortcutRow]:
    """The shortcuts the window's actions hold now, in the order given, each action once:
    the list Help shows is read from the actions themselves, never kept as a second copy.
    ``places``: widget -> its name, for the actions that act only on that widget (or a child)."""
    rows: list[ShortcutRow] = []
    seen: set[int] = set()
    places = places or {}
    for action in actions:
        keys = tuple(dict.fromkeys(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                                   if not k.isEmpty() and _common(k)))
        if not keys or id(action) in seen or not action.text():
            continue
        seen.add(id(action))
        place = ""
        if action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            place = next((places[w] for w in action.associatedObjects() if w in places), "")
        rows.append(ShortcutRow(plain_text(action), keys, place))
    return rows
