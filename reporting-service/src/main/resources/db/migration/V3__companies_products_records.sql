-- Companies, products and the records behind a total (GET /api/reports/companies, /products, /records).
--
-- What each record's events carry that these reports need, kept on its record_state row: the company
-- (investor / producer / exporter) as recorded and its key (trimmed, white space collapsed, lower case), the
-- product, unit and quantity (production and exports), the HS code (exports) and when it was recorded. Rows
-- projected before this migration have them NULL until a rebuild (POST /api/admin/rebuild, ./platform rebuild)
-- or the record's next event fills them; readiness reports how many are still waiting.
ALTER TABLE record_state
    ADD COLUMN company      TEXT,
    ADD COLUMN company_key  TEXT,
    ADD COLUMN product      TEXT,
    ADD COLUMN product_key  TEXT,
    ADD COLUMN unit         TEXT,
    ADD COLUMN unit_key     TEXT,
    ADD COLUMN quantity     NUMERIC,
    ADD COLUMN hs_code      TEXT,
    ADD COLUMN recorded_at  TIMESTAMPTZ;
-- the shadow copy, column for column in the same order (the rebuild copies it with SELECT *)
ALTER TABLE rebuild_record_state
    ADD COLUMN company      TEXT,
    ADD COLUMN company_key  TEXT,
    ADD COLUMN product      TEXT,
    ADD COLUMN product_key  TEXT,
    ADD COLUMN unit         TEXT,
    ADD COLUMN unit_key     TEXT,
    ADD COLUMN quantity     NUMERIC,
    ADD COLUMN hs_code      TEXT,
    ADD COLUMN recorded_at  TIMESTAMPTZ;

-- The records report: counted records of one kind, newest first.
CREATE INDEX record_state_counted ON record_state (kind, occurred_on DESC, recorded_at DESC, record_id DESC)
    WHERE recorded AND NOT voided;
-- A company's and a product's name as first recorded (smallest recorded_at, then record id).
CREATE INDEX record_state_company_first ON record_state (company_key, recorded_at, record_id)
    WHERE recorded AND NOT voided;
CREATE INDEX record_state_product_first ON record_state (product_key, unit_key, recorded_at, record_id)
    WHERE recorded AND NOT voided AND kind = 'PRODUCTION';
-- Rows still without the columns above (projected before V3): empty once rebuilt.
CREATE INDEX record_state_without_details ON record_state (record_id) WHERE company_key IS NULL;

-- Totals per company, metric, zone, sector and day.
CREATE TABLE company_total (
    company_key TEXT          NOT NULL,
    metric      VARCHAR(12)   NOT NULL,
    zone_id     VARCHAR(100)  NOT NULL,
    sector      VARCHAR(40)   NOT NULL,
    day         DATE          NOT NULL,
    total_azn   NUMERIC(19,2) NOT NULL,
    count       BIGINT        NOT NULL,
    jobs        BIGINT        NOT NULL,
    PRIMARY KEY (company_key, metric, zone_id, sector, day)
);
CREATE INDEX company_total_day ON company_total (day);

-- Shipments per company, destination country, zone, sector and day (a company's distinct destinations).
CREATE TABLE company_destination (
    company_key TEXT          NOT NULL,
    country     CHAR(2)       NOT NULL,
    zone_id     VARCHAR(100)  NOT NULL,
    sector      VARCHAR(40)   NOT NULL,
    day         DATE          NOT NULL,
    count       BIGINT        NOT NULL,
    PRIMARY KEY (company_key, country, zone_id, sector, day)
);

-- Production per product and unit, zone, sector and day: value, records and the exact quantity.
CREATE TABLE product_total (
    product_key TEXT          NOT NULL,
    unit_key    TEXT          NOT NULL,
    zone_id     VARCHAR(100)  NOT NULL,
    sector      VARCHAR(40)   NOT NULL,
    day         DATE          NOT NULL,
    total_azn   NUMERIC(19,2) NOT NULL,
    count       BIGINT        NOT NULL,
    quantity    NUMERIC       NOT NULL,
    PRIMARY KEY (product_key, unit_key, zone_id, sector, day)
);
CREATE INDEX product_total_day ON product_total (day);

CREATE TABLE rebuild_company_total (LIKE company_total INCLUDING ALL);
CREATE TABLE rebuild_company_destination (LIKE company_destination INCLUDING ALL);
CREATE TABLE rebuild_product_total (LIKE product_total INCLUDING ALL);
