"""Reading foreign files (GeoJSON, Shapefile, GeoPackage, KML, CSV) through GDAL, with CRS handling."""
