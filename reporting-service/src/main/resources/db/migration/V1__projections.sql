-- Message log: every applied CloudEvents id, written in the same transaction as the projections it changed.
CREATE TABLE applied_event (
    event_id    VARCHAR(200) PRIMARY KEY,
    topic       VARCHAR(200) NOT NULL,
    applied_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- One row per record seen: whether its "recorded" and "voided" events arrived (in either order), and what
-- it counts for. A record adds to the totals only while recorded and not voided.
CREATE TABLE record_state (
    record_id    UUID          PRIMARY KEY,
    kind         VARCHAR(12)   NOT NULL,
    zone_id      VARCHAR(100)  NOT NULL,
    sector       VARCHAR(40)   NOT NULL,
    occurred_on  DATE          NOT NULL,
    azn          NUMERIC(19,2) NOT NULL,
    jobs         INTEGER       NOT NULL DEFAULT 0,
    country      CHAR(2),
    recorded     BOOLEAN       NOT NULL,
    voided       BOOLEAN       NOT NULL
);

-- Totals per metric, zone, sector and day: every report is a sum over this table, whose size depends on
-- the number of distinct days, zones and sectors, not on the number of events.
CREATE TABLE daily_total (
    metric     VARCHAR(12)   NOT NULL,
    zone_id    VARCHAR(100)  NOT NULL,
    sector     VARCHAR(40)   NOT NULL,
    day        DATE          NOT NULL,
    total_azn  NUMERIC(19,2) NOT NULL,
    count      BIGINT        NOT NULL,
    jobs       BIGINT        NOT NULL,
    PRIMARY KEY (metric, zone_id, sector, day)
);
CREATE INDEX daily_total_day ON daily_total (metric, day);

-- Export totals per destination country, zone, sector and day.
CREATE TABLE destination_total (
    country    CHAR(2)       NOT NULL,
    zone_id    VARCHAR(100)  NOT NULL,
    sector     VARCHAR(40)   NOT NULL,
    day        DATE          NOT NULL,
    total_azn  NUMERIC(19,2) NOT NULL,
    count      BIGINT        NOT NULL,
    PRIMARY KEY (country, zone_id, sector, day)
);

-- How many events have been applied and when the last batch was.
CREATE TABLE projection_status (
    id              INTEGER     PRIMARY KEY CHECK (id = 1),
    events_applied  BIGINT      NOT NULL,
    last_applied_at TIMESTAMPTZ
);
INSERT INTO projection_status (id, events_applied) VALUES (1, 0);
