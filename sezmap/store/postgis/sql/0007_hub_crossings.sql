-- sezmap on PostGIS, migration 7: a border crossing's neighbour country and mode (hubs' extension
-- fields of model/schema.py, as the GeoPackage has them).
ALTER TABLE sezmap.hubs
    ADD COLUMN neighbour text, ADD COLUMN mode text;
