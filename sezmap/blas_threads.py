"""OpenBLAS kept to one thread in a ``sezmap`` process.

NumPy and SciPy each load their own OpenBLAS, and each starts a pool of threads as it loads (one
per core less one), which spin a while waiting for work. sezmap makes no BLAS call of a size a
second thread would help (its matrices are 2×2 and 3×3; its parallel work runs on its own
threads: the read, the analysis, the map), so those threads only take CPU from the ones that
work. Measured on a 2-core machine: ``import numpy, scipy.spatial`` then 0.5 s idle took 0.45 s
of user CPU with the pools, 0.25 s without; the largest zone's A4 PDF of a 1M-plot project
(``sezmap export``), alternated six times each, 4.26 s of CPU with them against 4.11 s without
(docs/benchmarks.md).

OpenBLAS reads ``OPENBLAS_NUM_THREADS`` once, when it loads: :func:`one_thread` must run before
NumPy is first imported (``exiting.run``, the command line's entry point, calls it first). A value
the user set is kept.
"""

from __future__ import annotations

import os

VARIABLE = "OPENBLAS_NUM_THREADS"


def one_thread() -> None:
    """OpenBLAS to start no thread of its own in this process (unless the user said otherwise)."""
    os.environ.setdefault(VARIABLE, "1")
