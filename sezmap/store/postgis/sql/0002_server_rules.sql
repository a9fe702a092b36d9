-- sezmap on PostGIS, migration 2: the rules the server enforces on plots, whoever writes
-- (sezmap, QGIS, psql, ogr2ogr). docs/postgis.md says what each is for. Errors:
--   42501  a login changing (or inserting, or deleting) a plot outside its zones; a planner
--   SZ001  an UPDATE that names version with another value than the stored one + 1 (stale)
--   SZ002  a change without a reason (SET LOCAL sezmap.reason = '...')
--   SZ003  a status the workflow does not allow (the moves are in sezmap.status_transitions)
--   SZ004  a change to the append-only audit log
--   SZ005  a plot geometry against the rules (migration 5)

-- The status workflow (sezmap/model/workflow.py): old -> new allowed; every status has a row
-- old -> old. new_rank orders the statuses as model/statuses.py does. Filled by migration 3.
CREATE TABLE sezmap.status_transitions (
    old_status text NOT NULL,
    new_status text NOT NULL,
    new_rank integer NOT NULL,
    PRIMARY KEY (old_status, new_status)
);
GRANT SELECT ON sezmap.status_transitions TO sezmap_admin, sezmap_planner, sezmap_company;

-- May the login of this session change plots of this zone? Admins (and superusers) anywhere,
-- company logins in the zones granted to them, nobody else.
CREATE FUNCTION sezmap.may_write(zone text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, sezmap AS $$
    SELECT pg_has_role(session_user, 'sezmap_admin', 'MEMBER')
        OR (pg_has_role(session_user, 'sezmap_company', 'MEMBER')
            AND EXISTS (SELECT 1 FROM sezmap.login_zones z WHERE z.login = session_user::text AND z.zone_id = zone))
$$;

CREATE FUNCTION sezmap.plots_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, sezmap AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND NOT sezmap.may_write(OLD.zone_id) THEN
        RAISE EXCEPTION 'plots: % may not change plot % (zone %): not one of the zones granted to this login',
            session_user, OLD.plot_id, OLD.zone_id USING ERRCODE = '42501';
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NOT sezmap.may_write(NEW.zone_id) THEN
        RAISE EXCEPTION 'plots: % may not put plot % into zone %: not one of the zones granted to this login',
            session_user, NEW.plot_id, NEW.zone_id USING ERRCODE = '42501';
    END IF;
    IF coalesce(current_setting('sezmap.reason', true), '') = '' THEN
        RAISE EXCEPTION 'plots: a change needs a reason: SET LOCAL sezmap.reason = ''...'' in the transaction '
            '(or options=-c sezmap.reason=... in the libpq service)' USING ERRCODE = 'SZ002';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

-- Fires only when the UPDATE's SET list names version: then it must be the stored one + 1.
CREATE FUNCTION sezmap.plots_version_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, sezmap AS $$
BEGIN
    IF NEW.version IS DISTINCT FROM OLD.version + 1 THEN
        RAISE EXCEPTION 'plots: plot % is at version %, the change was made on version %: it was changed meanwhile '
            '(last by % at %)', OLD.plot_id, OLD.version, NEW.version - 1, OLD.updated_by, OLD.updated_at
            USING ERRCODE = 'SZ001';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION sezmap.check_status(from_status text, to_status text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, sezmap AS $$
DECLARE
    onward text;
BEGIN
    IF to_status IS NULL OR NOT EXISTS (SELECT 1 FROM sezmap.status_transitions t WHERE t.old_status = to_status) THEN
        RAISE EXCEPTION 'status % is not one of %', quote_nullable(to_status),
            (SELECT string_agg(t.new_status, ', ' ORDER BY t.new_rank) FROM sezmap.status_transitions t
             WHERE t.old_status = t.new_status) USING ERRCODE = 'SZ003';
    END IF;
    IF from_status IS NULL OR NOT EXISTS (SELECT 1 FROM sezmap.status_transitions t WHERE t.old_status = from_status) THEN
        RETURN;  -- a plot whose status is missing or unknown may go to any status (model/workflow.py)
    END IF;
    IF NOT EXISTS (SELECT 1 FROM sezmap.status_transitions t
                   WHERE t.old_status = from_status AND t.new_status = to_status) THEN
        SELECT string_agg(t.new_status, ', ' ORDER BY t.new_rank) INTO onward FROM sezmap.status_transitions t
            WHERE t.old_status = from_status AND t.new_status <> t.old_status;
        RAISE EXCEPTION 'status cannot go from % to %; from % it can go to: %', quote_literal(from_status),
            quote_literal(to_status), quote_literal(from_status), onward USING ERRCODE = 'SZ003';
    END IF;
END
$$;

-- The status workflow checked, nothing written when nothing changed, and the bookkeeping kept by
-- the server: version one up (also for a writer that does not name it), who and when.
CREATE FUNCTION sezmap.plots_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, sezmap AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF (to_jsonb(NEW) - '{fid,version,updated_at,updated_by,geom}'::text[])
                = (to_jsonb(OLD) - '{fid,version,updated_at,updated_by,geom}'::text[])
           AND NOT (NEW.geom IS DISTINCT FROM OLD.geom) THEN
            RETURN NULL;  -- nothing changed: nothing written, nothing audited
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status THEN
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

-- One audit row per changed field (SCHEMA.md section 1), written as the owner: the login cannot
-- write the audit log itself. Values as text; geometry as WKT.
CREATE FUNCTION sezmap.plots_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, sezmap AS $$
DECLARE
    fields constant text[] := '{plot_id,zone_id,cadastral_no,status,tenant,project_name,allocated_on,'
        'contract_deadline,investment_committed_kzt,investment_actual_kzt,jobs_planned}';
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

-- Triggers of one event fire in the order of their names: guard, version, rules.
CREATE TRIGGER a_guard BEFORE INSERT OR UPDATE OR DELETE ON sezmap.plots
    FOR EACH ROW EXECUTE FUNCTION sezmap.plots_guard();
CREATE TRIGGER b_version BEFORE UPDATE OF version ON sezmap.plots
    FOR EACH ROW EXECUTE FUNCTION sezmap.plots_version_check();
CREATE TRIGGER c_rules BEFORE INSERT OR UPDATE ON sezmap.plots
    FOR EACH ROW EXECUTE FUNCTION sezmap.plots_rules();
CREATE TRIGGER z_audit AFTER INSERT OR UPDATE OR DELETE ON sezmap.plots
    FOR EACH ROW EXECUTE FUNCTION sezmap.plots_audit();

-- A second wall behind the guard: row security checks the zone of every row written.
ALTER TABLE sezmap.plots ENABLE ROW LEVEL SECURITY;
CREATE POLICY plots_read ON sezmap.plots FOR SELECT USING (true);
CREATE POLICY plots_insert ON sezmap.plots FOR INSERT WITH CHECK (sezmap.may_write(zone_id));
CREATE POLICY plots_update ON sezmap.plots FOR UPDATE USING (true) WITH CHECK (sezmap.may_write(zone_id));
CREATE POLICY plots_delete ON sezmap.plots FOR DELETE USING (true);

-- The audit log is append-only for every role, its owner included (statement-level: an UPDATE
-- or DELETE that matches no row is refused too).
CREATE FUNCTION sezmap.append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%: the audit log is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'SZ004';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON sezmap.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION sezmap.append_only();
