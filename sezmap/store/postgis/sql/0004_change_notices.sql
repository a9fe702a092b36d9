-- sezmap on PostGIS, migration 4: others' changes announced at once. Every statement that changes
-- a layer sends a notice on channel sezmap_changes (payload: the layer), delivered when its
-- transaction commits (none if it rolls back; several in one transaction are folded into one per
-- layer). A client LISTENs and watches its socket (store/postgis/store.py: ChangeListener), then
-- reads what changed from the audit log by transaction snapshot (PostgisStore.audit_tail).
CREATE FUNCTION sezmap.notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('sezmap_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
CREATE TRIGGER zz_notify AFTER INSERT OR UPDATE OR DELETE ON sezmap.plots
    FOR EACH STATEMENT EXECUTE FUNCTION sezmap.notify_change();
CREATE TRIGGER zz_notify AFTER INSERT OR UPDATE OR DELETE ON sezmap.zones
    FOR EACH STATEMENT EXECUTE FUNCTION sezmap.notify_change();
CREATE TRIGGER zz_notify AFTER INSERT OR UPDATE OR DELETE ON sezmap.corridors
    FOR EACH STATEMENT EXECUTE FUNCTION sezmap.notify_change();
CREATE TRIGGER zz_notify AFTER INSERT OR UPDATE OR DELETE ON sezmap.hubs
    FOR EACH STATEMENT EXECUTE FUNCTION sezmap.notify_change();
