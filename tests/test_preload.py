"""sezmap.preload: the modules an export draws with, imported on a worker while the project is
read (sezmap export), and the condition that makes two threads importing at once safe."""

from __future__ import annotations

import ast
import importlib.util
import threading
from pathlib import Path

import pytest

from sezmap import preload
from sezmap.export import FORMATS, modules_for

ROOT = Path(__file__).resolve().parent.parent


def test_the_modules_are_imported_in_order_on_a_worker_thread(monkeypatch):
    seen = []
    monkeypatch.setattr(preload.importlib, "import_module", lambda name: seen.append((name, threading.current_thread())))
    work = preload.begin(["json.decoder", "sezmap.render.crs"])
    work.wait()
    assert [name for name, _ in seen] == ["json.decoder", "sezmap.render.crs"]
    assert all(thread is not threading.main_thread() and thread.name == "sezmap-preload" for _, thread in seen)


def test_an_import_that_fails_on_the_worker_is_kept_for_the_callers_own_import():
    work = preload.begin(["sezmap.no_such_module", "json"])
    work.wait()
    assert isinstance(work.failed["sezmap.no_such_module"], ModuleNotFoundError)
    assert "json" not in work.failed
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("sezmap.no_such_module")


def test_wait_returns_at_once_for_nothing_to_import():
    work = preload.begin([])
    work.wait()
    assert work.failed == {}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_preloads_modules_that_exist(fmt):
    names = modules_for(fmt)
    assert names, fmt
    assert all(importlib.util.find_spec(name) is not None for name in names)


# --- two threads importing at once --------------------------------------------------------------


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_time_imports(path: Path, known: set[str]) -> set[str]:
    """The sezmap modules ``path`` imports while it is itself imported: its module-level import
    statements (in if/try blocks too, not under TYPE_CHECKING, not in functions), each name
    taken as the deepest module it names; a module's own parent packages left out (they are
    imported before it, whichever thread asks)."""
    me = module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    names: set[str] = set()

    def visit(body):
        for node in body:
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join(up + ([node.module] if node.module else []))
                names.add(base)
                names.update(f"{base}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.If):
                if "TYPE_CHECKING" not in ast.unparse(node.test):
                    visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)
                for handler in node.handlers:
                    visit(handler.body)
                visit(node.orelse)
                visit(node.finalbody)
            elif isinstance(node, (ast.With, ast.ClassDef)):
                visit(node.body)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    found = set()
    for name in names:
        parts = name.split(".")
        deepest = next((".".join(parts[:k]) for k in range(len(parts), 0, -1) if ".".join(parts[:k]) in known), None)
        if deepest is not None and deepest != me and not me.startswith(deepest + "."):
            found.add(deepest)
    return found


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in (ROOT / "sezmap").rglob("*.py")}
    known = set(paths)
    return {name: import_time_imports(path, known) for name, path in paths.items()}


def cycle_from(graph: dict[str, set[str]], starts) -> list[str] | None:
    """An import cycle among the modules reachable from ``starts``, or None."""
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def walk(node):
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = walk(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in starts:
        if start not in state:
            found = walk(start)
            if found:
                return found
    return None


def test_the_modules_preloaded_reach_no_import_cycle():
    """A cycle among them could leave each thread holding one module's import lock while it
    waits for the other's."""
    graph = import_graph()
    starts = sorted({name for fmt in FORMATS for name in modules_for(fmt) if name in graph})
    assert starts
    assert cycle_from(graph, starts) is None


def test_the_cycle_check_finds_a_cycle_and_reads_what_modules_import():
    graph = import_graph()
    assert "sezmap.render.crs" in graph["sezmap.export.static"]  # (a module-level import it has)
    assert cycle_from({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}, ["d", "a"]) == ["a", "b", "c", "a"]
    assert cycle_from({"a": {"b"}, "b": set()}, ["a"]) is None
