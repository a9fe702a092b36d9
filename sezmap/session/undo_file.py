"""The undo stack kept in a small JSON file, so Undo and Redo go on after the app is closed,
killed or restarted.

Every step was already committed to the project (with its audit rows); this file only
remembers what each step's last commit changed, so its inverse can be built again. It is
written after each push, undo and redo (a temporary file renamed into place). A step whose
plots another program changed since is refused by the store's version check when undone,
like any stale edit; a missing or unreadable file gives an empty stack.
"""

from __future__ import annotations

import json
from pathlib import Path

import shapely

from sezmap.formats.atomic import write_text
from sezmap.model.edits import CreateResult, DeleteResult, EditResult
from sezmap.session.commands import ChangePlots

FORMAT = 1
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


def save(stack, path: str | Path, project: str) -> None:
    """Write the stack's steps (done and undone) for ``project`` to ``path``."""
    done, undone = stack.steps()
    data = {"format": FORMAT, "project": project,
            "done": [_command(c) for c in done[-MAX_STEPS:] if isinstance(c, ChangePlots)],
            "undone": [_command(c) for c in undone[-MAX_STEPS:] if isinstance(c, ChangePlots)]}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, json.dumps(data, ensure_ascii=False))


def load(stack, path: str | Path, project: str) -> bool:
    """Fill the stack from ``path`` if it holds steps of ``project``; False otherwise."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("project") != project:
            return False
        done = [_uncommand(d) for d in data["done"]]
        undone = [_uncommand(d) for d in data["undone"]]
    except (OSError, ValueError, KeyError, TypeError, shapely.errors.GEOSException):
        return False
    stack.restore(done, undone)
    return True
