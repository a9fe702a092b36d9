-- sezmap on PostGIS, migration 6: the zones' Russian and Kazakh focus and region (sezmap's
-- extension fields of model/schema.py, as the GeoPackage has them).
ALTER TABLE sezmap.zones
    ADD COLUMN focus_ru text, ADD COLUMN focus_kk text,
    ADD COLUMN region_ru text, ADD COLUMN region_kk text;
