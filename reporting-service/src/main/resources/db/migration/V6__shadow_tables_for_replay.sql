-- The rebuild's shadow tables are scratch space: written while it replays the topics, read only by its final copy
-- over the live tables, emptied afterwards. Two things make writing them cheaper:
--
-- 1. Only their primary keys (which the rebuild's upserts need) are kept up to date; their other indexes, copied
--    from the live tables by LIKE ... INCLUDING ALL, serve no query.
DO $$
DECLARE
    i RECORD;
BEGIN
    FOR i IN SELECT c.relname FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
             WHERE t.relname LIKE 'rebuild\_%' AND t.relnamespace = current_schema()::regnamespace AND NOT x.indisprimary LOOP
        EXECUTE format('DROP INDEX %I', i.relname);
    END LOOP;
END $$;

-- 2. They are not written to the write-ahead log. After a crash PostgreSQL empties them, which loses nothing: a
--    rebuild interrupted by a crash has failed anyway (its status reads FAILED, "interrupted") and starts over, and
--    the live tables, the only copy of the projections, stay logged. (A standby has them empty: rebuilds run on the
--    primary.)
DO $$
DECLARE
    t RECORD;
BEGIN
    FOR t IN SELECT relname FROM pg_class WHERE relkind = 'r' AND relname LIKE 'rebuild\_%'
             AND relname <> 'rebuild_status' AND relnamespace = current_schema()::regnamespace LOOP
        EXECUTE format('ALTER TABLE %I SET UNLOGGED', t.relname);
    END LOOP;
END $$;
