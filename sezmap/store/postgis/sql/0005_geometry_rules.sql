-- sezmap on PostGIS, migration 5: the geometry rules of sezmap/model/plot_geometry.py on the server,
-- for every writer (a QGIS user cannot draw an overlap either). Checked when a plot is inserted or
-- its geometry or zone changes (an attribute edit of a plot that overlapped before is not refused):
--   valid geometry (GEOS's reason);
--   inside its zone, up to 0.5 m (ZONE_TOLERANCE_M): the farthest vertex of what lies outside;
--   no overlap with another plot above 0.01 m² (OVERLAP_TOLERANCE_M2), found through the GiST index;
-- areas and distances on the WGS84 ellipsoid (geography). Refusals: SQLSTATE SZ005. Geometry changes in
-- one zone are taken one at a time (a transaction-scoped advisory lock per zone), so two writers
-- cannot each draw half of an overlap that neither sees.
CREATE FUNCTION sezmap.plots_geometry_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, sezmap AS $$
DECLARE
    zone_geom geometry;
    outside geometry;
    far double precision;
    other record;
BEGIN
    IF TG_OP = 'UPDATE' AND NOT (NEW.geom IS DISTINCT FROM OLD.geom) AND NEW.zone_id IS NOT DISTINCT FROM OLD.zone_id THEN
        RETURN NEW;
    END IF;
    IF NEW.geom IS NULL OR ST_IsEmpty(NEW.geom) THEN
        RAISE EXCEPTION 'plots: plot %: geometry: missing or empty', NEW.plot_id USING ERRCODE = 'SZ005';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('sezmap.zone:' || NEW.zone_id));
    IF NOT ST_IsValid(NEW.geom) THEN
        RAISE EXCEPTION 'plots: plot %: validity: %', NEW.plot_id, ST_IsValidReason(NEW.geom) USING ERRCODE = 'SZ005';
    END IF;
    SELECT z.geom INTO zone_geom FROM sezmap.zones z WHERE z.zone_id = NEW.zone_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'plots: plot %: zone_id % is not a zone of the project', NEW.plot_id, quote_literal(NEW.zone_id)
            USING ERRCODE = 'SZ005';
    END IF;
    IF zone_geom IS NOT NULL THEN
        outside := ST_Difference(NEW.geom, ST_MakeValid(zone_geom));
        IF NOT ST_IsEmpty(outside) THEN
            SELECT max(ST_Distance(d.geom::geography, zone_geom::geography)) INTO far
                FROM ST_DumpPoints(outside) AS d;
            IF far > 0.5 THEN
                RAISE EXCEPTION 'plots: plot %: zone: % m outside its zone (tolerance 0.5 m)', NEW.plot_id,
                    round(far::numeric, 2) USING ERRCODE = 'SZ005';
            END IF;
        END IF;
    END IF;
    FOR other IN
        SELECT p.plot_id, ST_Area(ST_Intersection(p.geom, NEW.geom)::geography) AS m2 FROM sezmap.plots p
        WHERE p.geom && NEW.geom AND p.plot_id <> NEW.plot_id AND p.fid IS DISTINCT FROM NEW.fid
          AND ST_Relate(p.geom, NEW.geom, '2********')
    LOOP
        IF other.m2 > 0.01 THEN
            RAISE EXCEPTION 'plots: plot %: overlap: overlaps plot % by % m²', NEW.plot_id, quote_literal(other.plot_id),
                round(other.m2::numeric, 2) USING ERRCODE = 'SZ005';
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;
CREATE TRIGGER d_geometry BEFORE INSERT OR UPDATE OF geom, zone_id ON sezmap.plots
    FOR EACH ROW EXECUTE FUNCTION sezmap.plots_geometry_rules();
