-- sezmap on PostGIS, migration 8: zones, corridors and hubs audited by the server as the GeoPackage
-- audits them (layer = the table, plot_id = the feature's id): a 'feature' row 'created' and one per
-- value, one row per changed field (geometry as WKT, last), a 'feature' row 'removed' holding the
-- last state as JSON. Written as the owner; actor = the login. Only admins may change these layers.
CREATE FUNCTION sezmap.feature_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, sezmap AS $$
DECLARE
    id_column constant text := TG_ARGV[0];
    why constant text := nullif(current_setting('sezmap.reason', true), '');
    who constant text := session_user;
    o jsonb;
    n jsonb;
    feature text;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        o := to_jsonb(OLD) - '{fid,geom}'::text[];
    END IF;
    IF TG_OP <> 'DELETE' THEN
        n := to_jsonb(NEW) - '{fid,geom}'::text[];
    END IF;
    feature := coalesce(n, o) ->> id_column;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason, layer)
            VALUES (who, feature, 'feature', NULL, 'created', why, TG_TABLE_NAME);
        INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason, layer)
            SELECT who, feature, a.attname, NULL, n ->> a.attname, why, TG_TABLE_NAME
            FROM pg_attribute a WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
              AND a.attname <> id_column AND n ->> a.attname IS NOT NULL ORDER BY a.attnum;
        IF NEW.geom IS NOT NULL THEN
            INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason, layer)
                VALUES (who, feature, 'geometry', NULL, ST_AsText(NEW.geom), why, TG_TABLE_NAME);
        END IF;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason, layer)
            SELECT who, feature, a.attname, o ->> a.attname, n ->> a.attname, why, TG_TABLE_NAME
            FROM pg_attribute a WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
              AND a.attname NOT IN ('fid', 'geom') AND (o -> a.attname) IS DISTINCT FROM (n -> a.attname)
            ORDER BY a.attname <> id_column, a.attnum;
        IF NEW.geom IS DISTINCT FROM OLD.geom THEN
            INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason, layer)
                VALUES (who, feature, 'geometry', ST_AsText(OLD.geom), ST_AsText(NEW.geom), why, TG_TABLE_NAME);
        END IF;
    ELSE
        INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason, layer)
            VALUES (who, feature, 'feature', (o || jsonb_build_object('geometry', ST_AsText(OLD.geom)))::text,
                    'removed', why, TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER z_audit AFTER INSERT OR UPDATE OR DELETE ON sezmap.zones
    FOR EACH ROW EXECUTE FUNCTION sezmap.feature_audit('zone_id');
CREATE TRIGGER z_audit AFTER INSERT OR UPDATE OR DELETE ON sezmap.corridors
    FOR EACH ROW EXECUTE FUNCTION sezmap.feature_audit('corridor_id');
CREATE TRIGGER z_audit AFTER INSERT OR UPDATE OR DELETE ON sezmap.hubs
    FOR EACH ROW EXECUTE FUNCTION sezmap.feature_audit('hub_id');
