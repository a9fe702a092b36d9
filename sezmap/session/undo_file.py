"""The undo stack kept in a small JSON file, so Undo and Redo go on after the app is closed,
killed or restarted.

Every step was already committed to the project (with its audit rows); this file only
remembers what each step's last commit changed, so its inverse can be built again (and the
store checks, when it is undone or redone, that nobody changed those plots since). It is
written after each push, undo and redo (a temporary file renamed into place).

The steps belong to one file's identity, not to a path: the project UUID in ``project_meta``
and the audit head (the last audit row's id, time and actor) when they were saved. On opening,
the file of this UUID and path (or else of this UUID from another path: a copy or a move)
is kept only if the file's history still holds that head: the same head, or later rows by
others (then each undo is checked against them). A file whose history does not hold it (a
restored backup, an older copy, a copy changed elsewhere) drops the steps, and ``load`` says
why. A missing or unreadable file gives an empty stack.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import shapely

from sezmap.formats.atomic import write_text
from sezmap.model.edits import CreateResult, DeleteResult, EditResult
from sezmap.model.project import AuditHead, FileIdentity
from sezmap.session.commands import ChangePlots

FORMAT = 2  # 1: keyed by the project's path
KINDS = {"edit": EditResult, "create": CreateResult, "delete": DeleteResult}
MAX_STEPS = 200  # the oldest steps beyond this are forgotten (they stay in the audit log)


def _value(v):
    if isinstance(v, shapely.Geometry):
        return {"wkt": shapely.to_wkt(v, rounding_precision=-1)}
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if hasattr(v, "item"):  # numpy scalars
        return v.item()
    return v


def _unvalue(v):
    if isinstance(v, dict) and set(v) == {"wkt"}:
        return shapely.from_wkt(v["wkt"])
    return v


def _result(r) -> dict:
    kind = next(k for k, cls in KINDS.items() if isinstance(r, cls))
    out = {"kind": kind, "plot_id": r.plot_id, "version": int(r.version), "at": r.at, "actor": r.actor}
    if kind == "edit":
        out["changed"] = {k: [_value(a), _value(b)] for k, (a, b) in r.changed.items()}
    else:
        out["values"] = {k: _value(v) for k, v in r.values.items()}
    return out


def _unresult(d: dict):
    cls = KINDS[d["kind"]]
    if d["kind"] == "edit":
        changed = {k: (_unvalue(a), _unvalue(b)) for k, (a, b) in d["changed"].items()}
        return cls(d["plot_id"], d["version"], d["at"], d["actor"], changed)
    return cls(d["plot_id"], d["version"], d["at"], d["actor"], {k: _unvalue(v) for k, v in d["values"].items()})


def _command(c: ChangePlots) -> dict:
    return {"text": c.text, "results": [_result(r) for r in c.results]}


def _uncommand(d: dict) -> ChangePlots:
    command = ChangePlots(d["text"], [])
    command.results = [_unresult(r) for r in d["results"]]
    return command


def file_name(identity: FileIdentity, location: str) -> str:
    """The stack file of this project (UUID) at this path."""
    if identity.uuid is None:
        raise ValueError("a file sezmap never wrote has no undo stack file")
    return f"{_digest(identity.uuid)}-{_digest(str(Path(location).resolve()))[:12]}.json"


def _digest(text: str) -> str:
    return hashlib.sha1(str(text).encode()).hexdigest()[:16]


def save(stack, folder: str | Path, identity: FileIdentity, location: str) -> None:
    """Write the stack's steps (done and undone) for the file of ``identity`` at ``location``."""
    write(snapshot(stack), folder, identity, location)


def snapshot(stack) -> dict:
    """The stack's steps as they will be written (made where the stack is changed: its commands
    change as they are undone and redone; ``write`` may then run on another thread)."""
    done, undone = stack.steps()
    return {"done": [_command(c) for c in done[-MAX_STEPS:] if isinstance(c, ChangePlots)],
            "undone": [_command(c) for c in undone[-MAX_STEPS:] if isinstance(c, ChangePlots)]}


def write(steps: dict, folder: str | Path, identity: FileIdentity, location: str) -> None:
    """Write a ``snapshot`` of the steps for the file of ``identity`` at ``location``."""
    if identity.uuid is None:
        return  # never written by sezmap: no step can have been made in it
    head = identity.head
    data = {"format": FORMAT, "project_uuid": identity.uuid, "path": str(Path(location).resolve()),
            "head": None if head is None else {"id": head.id, "at": head.at, "actor": head.actor}, **steps}
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    write_text(folder / file_name(identity, location), json.dumps(data, ensure_ascii=False))


NOTICES = {  # code -> what to tell the user (``%1``: the argument); the app says it in its language
    "older_file": "Undo history dropped: this file is older than the one the steps were made in "
                  "(a restored backup or an older copy)",
    "history_differs": "Undo history dropped: this file's history differs from the one the steps were made in "
                       "(a copy changed elsewhere)",
    "moved": "Undo history kept from %1 (the same project, copied or moved)",
    "changed_since": "The project was changed since by %1: each undo and redo is checked not to overwrite "
                     "their changes",
}


@dataclass(frozen=True)
class Loaded:
    """What ``load`` did: ``steps`` whether it put steps on the stack; ``code`` (NOTICES) and
    ``arg`` what to tell the user about them ("" if nothing: none kept, or kept as left)."""

    steps: bool
    code: str = ""
    arg: str = ""

    @property
    def notice(self) -> str:
        return NOTICES[self.code].replace("%1", self.arg) if self.code else ""


def load(stack, folder: str | Path, identity: FileIdentity, location: str, store) -> Loaded:
    """Fill the stack with the steps kept for this file, if its history still holds them.

    ``store`` answers ``audit_row(id)`` and ``audit_tail(after)`` about the file."""
    if identity.uuid is None:
        return Loaded(False)
    folder = Path(folder)
    own = folder / file_name(identity, location)
    if own.exists():
        return _load_one(stack, own, identity, store, moved=False)
    others = sorted(folder.glob(f"{_digest(identity.uuid)}-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for other in others:  # this project from another path: a copy or a move, if it is where that was
        data = _read(other, identity)
        if data is not None and _head(data) == identity.head:
            return _load_one(stack, other, identity, store, moved=True)
    return Loaded(False)


def _read(path: Path, identity: FileIdentity) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("project_uuid") != identity.uuid:
        return None
    return data


def _head(data: dict) -> AuditHead | None:
    head = data.get("head")
    try:
        return None if head is None else AuditHead(int(head["id"]), str(head["at"]), str(head["actor"]))
    except (KeyError, TypeError, ValueError):
        return None


def _load_one(stack, path: Path, identity: FileIdentity, store, moved: bool) -> Loaded:
    data = _read(path, identity)
    if data is None:
        return Loaded(False)
    try:
        done = [_uncommand(d) for d in data["done"]]
        undone = [_uncommand(d) for d in data["undone"]]
    except (ValueError, KeyError, TypeError, shapely.errors.GEOSException):
        return Loaded(False)
    if not (done or undone):
        return Loaded(False)
    saved, now = _head(data), identity.head
    if saved != now and saved is not None:
        dropped = "older_file" if now is None or now.id < saved.id else (
            "history_differs" if store.audit_row(saved.id) != saved else "")
        if dropped:
            path.unlink(missing_ok=True)  # said once: the steps cannot come back to this file
            return Loaded(False, dropped)
    stack.restore(done, undone)
    if moved:
        return Loaded(True, "moved", str(data.get("path")))
    if saved != now:
        actors = sorted({e.actor for e in store.audit_tail(saved.id if saved is not None else 0)[1]})
        return Loaded(True, "changed_since", ", ".join(actors) or "another program")
    return Loaded(True)
