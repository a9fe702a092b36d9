"""sezmap: a desktop GIS for Kazakhstan's Special Economic Zones."""

__version__ = "0.1.0"
