"""The synthetic project of make_synthetic.py for a benchmark that writes: made once into a
cache folder, then copied, so that the benchmark never writes to the cached file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def project_file(plots: int, cache: Path) -> Path:
    """The cached synthetic project of ``plots`` plots, made first if it is not there."""
    path = cache / f"synthetic_{plots}.gpkg"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(Path(__file__).with_name("make_synthetic.py")), str(plots), str(path)],
                       check=True)
    return path


def working_copy(source: Path, prefix: str) -> Path:
    """A copy of ``source`` in a new temporary folder (the caller removes the folder)."""
    path = Path(tempfile.mkdtemp(prefix=prefix)) / source.name
    shutil.copy(source, path)
    os.sync()  # else the first commit's fsync writes out the whole copied file
    return path
