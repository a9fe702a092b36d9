"""The layers import downwards only, and nothing below ui/ imports QtWidgets."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BELOW_UI = ["model", "formats", "store", "analysis", "session", "render", "export"]


def test_import_contracts_hold():
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
         "sys.exit(lint_imports_command())"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout, result.stdout


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_widgets_below_ui():
    offenders = []
    for layer in BELOW_UI:
        for path in (ROOT / "sezmap" / layer).rglob("*.py"):
            if any(m.startswith("PySide6.QtWidgets") for m in imported_modules(path)):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_widget_check_sees_widget_imports(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text("from PySide6 import QtWidgets\n")
    assert "PySide6.QtWidgets" in imported_modules(sample)


def private_imports(path: Path) -> list[str]:
    """Names starting with an underscore that a module imports from sezmap's modules."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sezmap"):
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_") and a.name != "__version__"]
    return found


def test_the_ui_imports_no_private_names_of_the_layers_below():
    offenders = {str(path.relative_to(ROOT)): private_imports(path)
                 for path in (ROOT / "sezmap" / "ui").rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_private_import_check_sees_one(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text("from sezmap.render.scene import MapScene, _arrays\n")
    assert private_imports(sample) == ["sezmap.render.scene._arrays"]
