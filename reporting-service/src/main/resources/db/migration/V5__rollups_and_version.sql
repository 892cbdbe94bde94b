-- Fast reads (issue 12).
--
-- 1. A projection version: every transaction that changes the projections (a consumer batch, the end of a rebuild)
--    adds 1 to it. A report answer computed in one snapshot is the answer of every snapshot with the same version,
--    so reporting-service keeps answers per version in memory and reads only this number while it has not changed.
ALTER TABLE projection_status ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE rebuild_projection_status ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- 2. Coarser sums of daily_total and destination_total, kept in the same transaction as them, so that a report
--    reads whole years, whole months and at most a month of days at each end of its window, never every day of
--    the history. `day` is the first day of the month (monthly) or of the year (yearly); the overall tables have
--    no day. Each row equals the sum of the daily rows it covers (RollupsTest checks it).
CREATE TABLE monthly_total (
    metric     VARCHAR(12)   NOT NULL,
    zone_id    VARCHAR(100)  NOT NULL,
    sector     VARCHAR(40)   NOT NULL,
    day        DATE          NOT NULL,
    total_azn  NUMERIC(19,2) NOT NULL,
    count      BIGINT        NOT NULL,
    jobs       BIGINT        NOT NULL,
    PRIMARY KEY (metric, zone_id, sector, day)
);
CREATE INDEX monthly_total_day ON monthly_total (metric, day);

CREATE TABLE yearly_total (
    metric     VARCHAR(12)   NOT NULL,
    zone_id    VARCHAR(100)  NOT NULL,
    sector     VARCHAR(40)   NOT NULL,
    day        DATE          NOT NULL,
    total_azn  NUMERIC(19,2) NOT NULL,
    count      BIGINT        NOT NULL,
    jobs       BIGINT        NOT NULL,
    PRIMARY KEY (metric, zone_id, sector, day)
);
CREATE INDEX yearly_total_day ON yearly_total (metric, day);

CREATE TABLE overall_total (
    metric     VARCHAR(12)   NOT NULL,
    zone_id    VARCHAR(100)  NOT NULL,
    sector     VARCHAR(40)   NOT NULL,
    total_azn  NUMERIC(19,2) NOT NULL,
    count      BIGINT        NOT NULL,
    jobs       BIGINT        NOT NULL,
    PRIMARY KEY (metric, zone_id, sector)
);

CREATE INDEX destination_total_day ON destination_total (day);

CREATE TABLE destination_monthly (
    country    CHAR(2)       NOT NULL,
    zone_id    VARCHAR(100)  NOT NULL,
    sector     VARCHAR(40)   NOT NULL,
    day        DATE          NOT NULL,
    total_azn  NUMERIC(19,2) NOT NULL,
    count      BIGINT        NOT NULL,
    PRIMARY KEY (country, zone_id, sector, day)
);
CREATE INDEX destination_monthly_day ON destination_monthly (day);

CREATE TABLE destination_yearly (
    country    CHAR(2)       NOT NULL,
    zone_id    VARCHAR(100)  NOT NULL,
    sector     VARCHAR(40)   NOT NULL,
    day        DATE          NOT NULL,
    total_azn  NUMERIC(19,2) NOT NULL,
    count      BIGINT        NOT NULL,
    PRIMARY KEY (country, zone_id, sector, day)
);
CREATE INDEX destination_yearly_day ON destination_yearly (day);

CREATE TABLE destination_overall (
    country    CHAR(2)       NOT NULL,
    zone_id    VARCHAR(100)  NOT NULL,
    sector     VARCHAR(40)   NOT NULL,
    total_azn  NUMERIC(19,2) NOT NULL,
    count      BIGINT        NOT NULL,
    PRIMARY KEY (country, zone_id, sector)
);

-- what the daily rows projected so far add up to
INSERT INTO monthly_total SELECT metric, zone_id, sector, CAST(date_trunc('month', day) AS date), sum(total_azn), sum(count),
    sum(jobs) FROM daily_total GROUP BY 1, 2, 3, 4;
INSERT INTO yearly_total SELECT metric, zone_id, sector, CAST(date_trunc('year', day) AS date), sum(total_azn), sum(count),
    sum(jobs) FROM daily_total GROUP BY 1, 2, 3, 4;
INSERT INTO overall_total SELECT metric, zone_id, sector, sum(total_azn), sum(count), sum(jobs) FROM daily_total
    GROUP BY 1, 2, 3;
INSERT INTO destination_monthly SELECT country, zone_id, sector, CAST(date_trunc('month', day) AS date), sum(total_azn),
    sum(count) FROM destination_total GROUP BY 1, 2, 3, 4;
INSERT INTO destination_yearly SELECT country, zone_id, sector, CAST(date_trunc('year', day) AS date), sum(total_azn),
    sum(count) FROM destination_total GROUP BY 1, 2, 3, 4;
INSERT INTO destination_overall SELECT country, zone_id, sector, sum(total_azn), sum(count) FROM destination_total
    GROUP BY 1, 2, 3;

-- the shadow copies, column for column (the rebuild copies them with SELECT *)
CREATE TABLE rebuild_monthly_total (LIKE monthly_total INCLUDING ALL);
CREATE TABLE rebuild_yearly_total (LIKE yearly_total INCLUDING ALL);
CREATE TABLE rebuild_overall_total (LIKE overall_total INCLUDING ALL);
CREATE TABLE rebuild_destination_monthly (LIKE destination_monthly INCLUDING ALL);
CREATE TABLE rebuild_destination_yearly (LIKE destination_yearly INCLUDING ALL);
CREATE TABLE rebuild_destination_overall (LIKE destination_overall INCLUDING ALL);
