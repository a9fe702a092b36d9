-- sezmap on PostGIS, migration 12: where a plot came from or went, in the audit log as the GeoPackage keeps
-- it: a writer may say it in the transaction (SELECT set_config('sezmap.lineage', 'split from P7', true);
-- sezmap does so for each plot a split, a merge or an undo creates or removes), and the audit function
-- (the one of migration 9) adds a 'lineage' row after a plot's 'created' rows or its 'removed' row. It is
-- a note like the reason: it changes no data and no rule.
CREATE OR REPLACE FUNCTION sezmap.plots_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, sezmap AS $$
DECLARE
    fields constant text[] := '{plot_id,zone_id,cadastral_no,status,tenant,project_name,allocated_on,'
        'contract_deadline,investment_committed_kzt,investment_actual_kzt,jobs_planned,part}';
    why constant text := nullif(current_setting('sezmap.reason', true), '');
    lineage constant text := nullif(current_setting('sezmap.lineage', true), '');
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
        IF lineage IS NOT NULL THEN
            INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason)
                VALUES (who, NEW.plot_id, 'lineage', NULL, lineage, why);
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
        IF lineage IS NOT NULL THEN
            INSERT INTO sezmap.audit_log (actor, plot_id, field, old_value, new_value, reason)
                VALUES (who, OLD.plot_id, 'lineage', NULL, lineage, why);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
