import os

# Qt without a display: every test runs offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
