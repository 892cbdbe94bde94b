-- Shadow projections: POST /api/admin/rebuild replays the topics from the start into these tables while the
-- live ones keep serving, then copies them over the live ones in one transaction. They mirror the live
-- tables exactly (keep them in step when a later migration changes a projection table) and are empty
-- except while a rebuild runs.
CREATE TABLE rebuild_applied_event (LIKE applied_event INCLUDING ALL);
CREATE TABLE rebuild_record_state (LIKE record_state INCLUDING ALL);
CREATE TABLE rebuild_daily_total (LIKE daily_total INCLUDING ALL);
CREATE TABLE rebuild_destination_total (LIKE destination_total INCLUDING ALL);
CREATE TABLE rebuild_projection_status (LIKE projection_status INCLUDING ALL);

-- The last (or current) rebuild, one row. Which instance runs it is decided by a PostgreSQL advisory lock
-- held for the whole rebuild, so a rebuild whose instance died is seen as interrupted.
CREATE TABLE rebuild_status (
    id               INTEGER       PRIMARY KEY CHECK (id = 1),
    status           VARCHAR(12)   NOT NULL,
    started_at       TIMESTAMPTZ,
    finished_at      TIMESTAMPTZ,
    events_replayed  BIGINT        NOT NULL DEFAULT 0,
    poison_skipped   BIGINT        NOT NULL DEFAULT 0,
    error            VARCHAR(2000)
);
INSERT INTO rebuild_status (id, status) VALUES (1, 'NONE');
