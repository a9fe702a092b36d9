"""Status-bar messages kept as their translatable source, rendered in the UI language when shown.

A message is a record, not a text: :func:`translate` (context, source, disambiguation and the
plural count, as ``QCoreApplication.translate`` takes them; lupdate finds its calls) and its
``%1``… arguments (``.arg``); :class:`Rendered` (a function that writes a piece in the UI
language, called again each time: a step's name, a layer's title, a length); :class:`Joined`
(pieces shown one after another). ``text()`` renders it through the translators installed now,
so the status bar (``ui/status_message.py``) says it again in the new language after a switch.
An argument that is a plain ``str`` (a path, plot ids, a login) is shown as it is.

:class:`Showing` is what the status bar shows now and until when; no widgets here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication

_PLACE = re.compile(r"%([1-9])")


@runtime_checkable
class StatusText(Protocol):
    def text(self) -> str: ...


Piece = str | StatusText  # an argument or a part: as it is, or rendered in the UI language


def piece_text(piece: Piece) -> str:
    return piece if isinstance(piece, str) else piece.text()


@dataclass(frozen=True)
class Translated:
    """A source text of ``context`` and its arguments, translated each time it is rendered."""

    context: str
    source: str
    disambiguation: str | None = None
    n: int = -1
    args: tuple[Piece, ...] = ()

    def arg(self, *values: Piece) -> Translated:
        """The same message with ``values`` for its next places (%1, %2, … in order)."""
        return Translated(self.context, self.source, self.disambiguation, self.n, self.args + tuple(values))

    def text(self) -> str:
        template = QCoreApplication.translate(self.context, self.source, self.disambiguation, self.n)
        args = [piece_text(a) for a in self.args]

        def place(match: re.Match) -> str:  # one pass: an argument holding "%2" is not filled again
            i = int(match.group(1)) - 1
            return args[i] if i < len(args) else match.group(0)

        return _PLACE.sub(place, template)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> Translated:
    """The message ``source`` of ``context`` (its ``%n`` the count ``n``), not yet translated."""
    return Translated(context, source, disambiguation, n)


@dataclass(frozen=True)
class Rendered:
    """A piece written by ``fn(*args)`` in the UI language, called again at each rendering."""

    fn: Callable[..., str]
    args: tuple = ()

    def text(self) -> str:
        return str(self.fn(*self.args))


def rendered(fn: Callable[..., str], *args) -> Rendered:
    return Rendered(fn, args)


@dataclass(frozen=True)
class Joined:
    """Pieces shown one after another, ``sep`` between them (each rendered in the UI language)."""

    parts: tuple[Piece, ...]
    sep: str = " "

    def text(self) -> str:
        return self.sep.join(piece_text(p) for p in self.parts)


def joined(*parts: Piece | None, sep: str = " ") -> Joined:
    """The parts given (None and "" left out) with ``sep`` between them."""
    return Joined(tuple(p for p in parts if p is not None and p != ""), sep)


@dataclass(frozen=True)
class Showing:
    """A message on the status bar: shown at ``since`` (seconds, a monotonic clock) for
    ``timeout_ms`` (0: until another replaces it)."""

    message: StatusText
    timeout_ms: int = 0
    since: float = 0.0
    shown: str = field(default="", compare=False)  # its text as last put on the bar

    def remaining_ms(self, now: float) -> int | None:
        """Milliseconds it still has at ``now`` (0: its time is up); None: it has no timeout."""
        if self.timeout_ms <= 0:
            return None
        return max(0, int(round(self.timeout_ms - (now - self.since) * 1000)))

    def again(self, now: float) -> Showing | None:
        """The same message rendered anew (the language changed), for the time it has left;
        None if its time is up."""
        left = self.remaining_ms(now)
        if left == 0:
            return None
        return Showing(self.message, self.timeout_ms, self.since, self.message.text())
