"""Plot statuses and their colours: the one place they are defined.

The palette is Okabe & Ito's colour-blind-safe set, so every view and export
shows a status in the same colour.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

STATUSES = (
    "vacant",
    "reserved",
    "allocated",
    "under_construction",
    "operational",
    "withdrawn",
    "infrastructure",
)

# Each status's code in numeric arrays (analysis, map): its position above; -1 unknown.
STATUS_CODE = {s: k for k, s in enumerate(STATUSES)}


def status_codes(values, unknown: int = -1) -> np.ndarray:
    """Codes (int16) of a sequence of statuses, ``unknown`` for missing or unknown ones: the one
    status-to-code table, vectorised (``values.label_codes``: a column of text through pyarrow,
    ~15 ms for a million statuses; pandas' hash lookup otherwise)."""
    from sezmap.model.values import label_codes

    if not isinstance(values, (pd.Series, pd.Index, np.ndarray)):
        values = list(values)
    codes = label_codes(values, STATUSES)
    codes[codes < 0] = unknown
    return codes.astype(np.int16)


ACTIVE_STATUSES = frozenset({"allocated", "under_construction", "operational"})
INFRASTRUCTURE = "infrastructure"
# Statuses whose plots can be idle: land held without the promised investment.
IDLE_CANDIDATE_STATUSES = frozenset({"allocated", "under_construction"})

STATUS_COLOURS = {
    "vacant": "#F0E442",  # yellow
    "reserved": "#E69F00",  # orange
    "allocated": "#0072B2",  # blue
    "under_construction": "#56B4E9",  # sky blue
    "operational": "#009E73",  # bluish green
    "withdrawn": "#D55E00",  # vermillion
    "infrastructure": "#999999",  # grey
}

STATUS_LABELS_EN = {
    "vacant": "Vacant",
    "reserved": "Reserved",
    "allocated": "Allocated",
    "under_construction": "Under construction",
    "operational": "Operational",
    "withdrawn": "Withdrawn",
    "infrastructure": "Infrastructure",
}
