"""The application icon (resources/icons): the PNG sizes rendered from sezmap.svg, and the SVG."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from sezmap import paths

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

_icon: QIcon | None = None


def app_icon() -> QIcon:
    """sezmap's icon with every PNG size (the SVG when no PNG is there); an empty icon if neither is."""
    global _icon
    if _icon is None or _icon.isNull():
        icon = QIcon()
        for size in ICON_SIZES:
            png = paths.icon_path(size)
            if png.exists():
                icon.addFile(str(png))
        if icon.isNull() and paths.icon_path().exists():
            icon.addFile(str(paths.icon_path()))
        _icon = icon
    return _icon
