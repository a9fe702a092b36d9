"""PySide6 imported without shiboken's import hook, for the commands that draw.

On its first import PySide6 replaces ``builtins.__import__`` with its own (PYSIDE-1019), so
that a module may write ``from __feature__ import snake_case``; for every module imported
after that it reads the module's whole source and searches it for "PySide6" (PYSIDE-2029,
shibokensupport/feature.py: ``inspect.getsource``). A one-zone PDF imports pandas, SciPy,
GeoPandas and most of sezmap after Qt: 900 modules, 0.2 s of CPU on a command whose goal is
3 s (cProfile; ``tests/benchmarks/bench_export_commands.py``).

sezmap uses no ``__feature__``. ``plain_imports()`` imports QtCore and puts Python's own import
back; Qt's classes behave as before (with no feature ever selected, PySide's per-module
feature id stays 0: libpyside/feature_select.cpp). Without PySide's hook in place (another
program replaced it, or a PySide without it) nothing is changed. Call it first thing in a
command that will draw; anything imported earlier is unaffected either way.
"""

from __future__ import annotations

import builtins


def plain_imports() -> bool:
    """Import QtCore; True if PySide's import hook was taken out (False: it was not there)."""
    import PySide6.QtCore  # noqa: F401 - installs the hook this takes out

    hook = getattr(builtins, "__feature_import__", None)
    original = getattr(builtins, "__orig_import__", None)
    if hook is None or original is None or builtins.__import__ is not hook:
        return False
    builtins.__import__ = original
    return True
