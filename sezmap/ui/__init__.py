"""The desktop application (QtWidgets): main window, canvas, tools, docks."""
