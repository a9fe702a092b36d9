-- sezmap on PostGIS, migration 9: a plot's zone part (plots.part, the extension field of
-- model/schema.py, as the GeoPackage has it from its schema version 4), audited like every plot
-- field: the audit function is the one of migration 2 with ``part`` in its list.
ALTER TABLE sezmap.plots ADD COLUMN part text;

CREATE OR REPLACE FUNCTION sezmap.plots_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, sezmap AS $$
DECLARE
    fields constant text[] := '{plot_id,zone_id,cadastral_no,status,tenant,project_name,allocated_on,'
        'contract_deadline,investment_committed_kzt,investment_actual_kzt,jobs_planned,part}';
    why constant text := nullif(current_setting('sezmap.reason', true), '');
    who constant text := session_user;
    o jsonb;
    n jsonb;
BEGIN
    IF TG_OP = 'INSERT' THEN
        n := to_jsonb(NEW);
        INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason)
            VALUES (who, NEW.plot_id, 'plot', NULL, 'created', why);
        INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason)
            SELECT who, NEW.plot_id, f.name, NULL, n ->> f.name, why
            FROM unnest(fields[2:]) WITH ORDINALITY AS f(name, i) WHERE n ->> f.name IS NOT NULL ORDER BY f.i;
        IF NEW.geom IS NOT NULL THEN
            INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason)
                VALUES (who, NEW.plot_id, 'geometry', NULL, ST_AsText(NEW.geom), why);
        END IF;
    ELSIF TG_OP = 'UPDATE' THEN
        o := to_jsonb(OLD);
        n := to_jsonb(NEW);
        INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason)
            SELECT who, NEW.plot_id, f.name, o ->> f.name, n ->> f.name, why
            FROM unnest(fields) WITH ORDINALITY AS f(name, i)
            WHERE (o -> f.name) IS DISTINCT FROM (n -> f.name) ORDER BY f.i;
        IF NEW.geom IS DISTINCT FROM OLD.geom THEN
            INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason)
                VALUES (who, NEW.plot_id, 'geometry', ST_AsText(OLD.geom), ST_AsText(NEW.geom), why);
        END IF;
    ELSE
        o := (to_jsonb(OLD) - '{fid,geom}'::text[]) || jsonb_build_object('geometry', ST_AsText(OLD.geom));
        INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason)
            VALUES (who, OLD.plot_id, 'plot', o::text, 'removed', why);
    END IF;
    RETURN NULL;
END
$$;
