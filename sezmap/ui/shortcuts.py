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
    as this desktop writes them, and whether they act only on the map (``map_only``)."""

    name: str
    keys: tuple[str, ...]
    map_only: bool


def plain_text(action: QAction) -> str:
    """An action's text as a name: no mnemonic ampersand, no trailing ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def shortcut_rows(actions: Iterable[QAction]) -> list[ShortcutRow]:
    """The shortcuts the window's actions hold now, in the order given, each action once:
    the list Help shows is read from the actions themselves, never kept as a second copy."""
    rows: list[ShortcutRow] = []
    seen: set[int] = set()
    for action in actions:
        keys = tuple(dict.fromkeys(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                                   if not k.isEmpty()))
        if not keys or id(action) in seen or not action.text():
            continue
        seen.add(id(action))
        rows.append(ShortcutRow(plain_text(action), keys, action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut))
    return rows
