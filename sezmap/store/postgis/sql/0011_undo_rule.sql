-- sezmap on PostGIS, migration 11: an undo (or redo) may put back what a plot held even where the status
-- workflow (migration 3) or the status rules (migration 10) would refuse that move, and ONLY an undo that
-- proves it is one. The writer names the audit row of the change it reverses:
--     SELECT set_config('sezmap.undo_of', '<audit_log.id>', true);
-- and the move passes those two checks only when, for that plot, that row was written by this login and
-- every field the UPDATE changes was changed by that row's transaction (its latest row of the field there)
-- from exactly the value the UPDATE writes to exactly the value the plot holds now. Anything else (no
-- such row, another plot's, another login's, values that differ, a field that change did not touch) is
-- checked as any move is. An undo of a removal names the removal's row the same way: the plot put back
-- passes the status rules only if it is exactly the state that row keeps. The zone guard, the version check, the reason, the geometry rules and the
-- audit are untouched: an undo is written and audited like every change.

-- Does this UPDATE of a plot reverse the change sezmap.undo_of names (see above)?
CREATE FUNCTION sezmap.undoes(o sezmap.plots, n sezmap.plots) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, sezmap AS $$
DECLARE
    mark constant text := nullif(current_setting('sezmap.undo_of', true), '');
    step xid8;
    was jsonb;
    now_ jsonb;
BEGIN
    IF mark IS NULL OR mark !~ '^[0-9]{1,18}$' THEN
        RETURN false;
    END IF;
    SELECT a.xid INTO step FROM sezmap.audit_log a
        WHERE a.id = mark::bigint AND a.layer = 'plots' AND a.plot_id = o.plot_id AND a.actor = session_user::text;
    IF step IS NULL THEN
        RETURN false;
    END IF;
    was := (to_jsonb(o) - '{fid,version,updated_at,updated_by,geom}'::text[])
        || jsonb_build_object('geometry', ST_AsText(o.geom));
    now_ := (to_jsonb(n) - '{fid,version,updated_at,updated_by,geom}'::text[])
        || jsonb_build_object('geometry', ST_AsText(n.geom));
    RETURN NOT EXISTS (
        SELECT 1 FROM jsonb_object_keys(was) AS k(name)
        WHERE (was ->> k.name) IS DISTINCT FROM (now_ ->> k.name)
          AND NOT EXISTS (
              SELECT 1 FROM (SELECT a.old_value, a.new_value FROM sezmap.audit_log a
                             WHERE a.xid = step AND a.layer = 'plots' AND a.plot_id = o.plot_id AND a.field = k.name
                             ORDER BY a.id DESC LIMIT 1) AS last
              WHERE last.new_value IS NOT DISTINCT FROM (was ->> k.name)
                AND last.old_value IS NOT DISTINCT FROM (now_ ->> k.name)));
END
$$;

-- Does this INSERT put back, exactly as it was, the plot whose removal sezmap.undo_of names (that
-- removal by this login, the plot's latest created/removed row)? Its values are compared with the
-- last state the removal's row keeps (JSON, geometry as WKT).
CREATE FUNCTION sezmap.restores(n sezmap.plots) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, sezmap AS $$
DECLARE
    mark constant text := nullif(current_setting('sezmap.undo_of', true), '');
    state text;
    was jsonb;
    now_ jsonb;
BEGIN
    IF mark IS NULL OR mark !~ '^[0-9]{1,18}$' THEN
        RETURN false;
    END IF;
    SELECT a.old_value INTO state FROM sezmap.audit_log a
        WHERE a.id = mark::bigint AND a.layer = 'plots' AND a.plot_id = n.plot_id AND a.field = 'plot'
          AND a.new_value = 'removed' AND a.actor = session_user::text
          AND NOT EXISTS (SELECT 1 FROM sezmap.audit_log b
                          WHERE b.layer = 'plots' AND b.plot_id = n.plot_id AND b.field = 'plot' AND b.id > a.id);
    IF state IS NULL THEN
        RETURN false;
    END IF;
    BEGIN
        was := state::jsonb;
    EXCEPTION WHEN others THEN
        RETURN false;  -- not a state this server wrote
    END;
    now_ := (to_jsonb(n) - '{fid,version,updated_at,updated_by,geom}'::text[])
        || jsonb_build_object('geometry', ST_AsText(n.geom));
    RETURN NOT EXISTS (SELECT 1 FROM jsonb_object_keys(now_) AS k(name)
                       WHERE (now_ ->> k.name) IS DISTINCT FROM (was ->> k.name));
END
$$;

-- Migration 2's function, the workflow checked unless the UPDATE is a proven undo.
CREATE OR REPLACE FUNCTION sezmap.plots_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, sezmap AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF (to_jsonb(NEW) - '{fid,version,updated_at,updated_by,geom}'::text[])
                = (to_jsonb(OLD) - '{fid,version,updated_at,updated_by,geom}'::text[])
           AND NOT (NEW.geom IS DISTINCT FROM OLD.geom) THEN
            RETURN NULL;  -- nothing changed: nothing written, nothing audited
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status AND NOT sezmap.undoes(OLD, NEW) THEN
            PERFORM sezmap.check_status(OLD.status, NEW.status);
        END IF;
        NEW.version := OLD.version + 1;
        NEW.fid := OLD.fid;
    ELSE
        PERFORM sezmap.check_status(NULL, NEW.status);
        NEW.version := coalesce(NEW.version, 1);
    END IF;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    RETURN NEW;
END
$$;

-- Migration 10's trigger split in two, each passing over a proven undo: an UPDATE that reverses a
-- change, an INSERT that puts back a removed plot as it was.
DROP TRIGGER e_status_rules ON sezmap.plots;
CREATE TRIGGER e_status_rules BEFORE UPDATE ON sezmap.plots
    FOR EACH ROW WHEN (NOT sezmap.undoes(OLD, NEW)) EXECUTE FUNCTION sezmap.plots_status_rules();
CREATE TRIGGER e_status_rules_insert BEFORE INSERT ON sezmap.plots
    FOR EACH ROW WHEN (NOT sezmap.restores(NEW)) EXECUTE FUNCTION sezmap.plots_status_rules();
