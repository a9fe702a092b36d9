"""Tools the tests run that are not Python packages (Chromium, poppler, GDAL's command line, ...).

A test whose tool is missing skips on a developer's machine, saying which Debian package brings
it; in CI (``CI=true``) it fails instead, so a green CI run has run every test
(``bash packaging/setup.sh --test`` installs them all). conftest.py also turns any skip that
names setup.sh into a failure in CI, for skips written without these helpers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import NoReturn

import pytest

SETUP = "bash packaging/setup.sh --test installs it"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def missing(what: str) -> NoReturn:
    """Skip (fail in CI) because ``what`` is not installed."""
    if in_ci():
        pytest.fail(f"{what}; in CI every tool the tests use must be installed", pytrace=False)
    pytest.skip(what)


def command(name: str, package: str) -> str:
    """The path of the program ``name`` (from the Debian package ``package``)."""
    exe = shutil.which(name)
    if exe is None:
        missing(f"{name} is not installed (Debian's {package}; {SETUP})")
    return exe


def system_python_with(module: str, package: str) -> str:
    """The system's Python 3 (/usr/bin/python3) when it can import ``module`` (Debian's ``package``)."""
    python = shutil.which("python3", path="/usr/bin")
    if python is None or subprocess.run([python, "-c", f"import {module}"], capture_output=True,
                                        check=False).returncode:
        missing(f"the system Python cannot import {module} (Debian's {package}; {SETUP})")
    return python
