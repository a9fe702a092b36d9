"""Plain-Python model: layer schema, statuses, edits and validation rules (no Qt, no I/O)."""
