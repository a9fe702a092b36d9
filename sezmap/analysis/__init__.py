"""Land-use ratios, idle plots, logistics distances and the report (no Qt)."""
