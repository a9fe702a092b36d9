"""Map settings, symbology and drawing with QPainter (QtGui only, no widgets)."""
