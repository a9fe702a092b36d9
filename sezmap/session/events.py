"""Events of the session: a tiny signal (connect, disconnect, emit) and what they carry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


class Signal:
    """Listeners called in the order they connected, on the thread that emits."""

    def __init__(self) -> None:
        self._listeners: list[Callable] = []

    def connect(self, listener: Callable) -> Callable:
        if listener not in self._listeners:
            self._listeners.append(listener)
        return listener

    def disconnect(self, listener: Callable) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, *args) -> None:
        for listener in list(self._listeners):
            listener(*args)

    def __len__(self) -> int:
        return len(self._listeners)


def listen(*pairs) -> Callable[[], None]:
    """Connect (signal, listener) pairs of the session; returns what disconnects them all (a
    widget calls it when it is destroyed, so the session never calls a deleted widget)."""
    for signal, listener in pairs:
        signal.connect(listener)

    def stop(*_args) -> None:
        unlisten(*pairs)

    return stop


def unlisten(*pairs) -> None:
    """Disconnect (signal, listener) pairs of the session (those not connected: nothing)."""
    for signal, listener in pairs:
        signal.disconnect(listener)


@dataclass(frozen=True)
class PlotsChanged:
    """Plots changed in the file and in the session's project (and engine, when it is ready).

    ``rows`` are positions in ``project.plots`` of the changed plots still there (after the
    change); ``structural``: plots were added or taken out (``removed_rows``, ``added_rows``),
    so positions after the removed ones moved down;
    ``zones``: zones whose metrics changed; ``origin``: edit, undo, redo or external.
    """

    plot_ids: tuple[str, ...]
    rows: tuple[int, ...]
    fields: frozenset[str]
    zones: frozenset[str]
    origin: str
    structural: bool = False
    actors: tuple[str, ...] = field(default_factory=tuple)
    removed_rows: tuple[int, ...] = ()  # positions the plots taken out had (before removal)
    added_rows: tuple[int, ...] = ()  # positions of the plots added (at the end, after removal)

    @property
    def geometry(self) -> bool:
        return "geometry" in self.fields or self.structural
