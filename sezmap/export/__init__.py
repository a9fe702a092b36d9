"""Map snapshots and exports, drawn by the same renderer as the canvas."""
