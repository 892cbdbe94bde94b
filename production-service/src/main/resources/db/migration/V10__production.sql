-- Production output as reported; money is exact: original value and currency, and AZN fixed at recording time.
-- Quantity is exact too (up to 15 digits before the point and 6 after), in a free-text unit.
CREATE TABLE production (
    id            UUID          PRIMARY KEY,
    zone_id       VARCHAR(100)  NOT NULL,
    producer      VARCHAR(200)  NOT NULL,
    sector        VARCHAR(40)   NOT NULL,
    product       VARCHAR(200)  NOT NULL,
    quantity      NUMERIC(21,6) NOT NULL CHECK (quantity > 0),
    unit          VARCHAR(50)   NOT NULL,
    value         NUMERIC(19,2) NOT NULL CHECK (value > 0),
    currency      CHAR(3)       NOT NULL,
    value_azn     NUMERIC(19,2) NOT NULL CHECK (value_azn >= 0),
    produced_on   DATE          NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL,
    voided        BOOLEAN       NOT NULL DEFAULT FALSE,
    voided_at     TIMESTAMPTZ,
    void_reason   TEXT
);
CREATE INDEX production_recorded_at ON production (recorded_at DESC, id);
CREATE INDEX production_zone_date ON production (zone_id, produced_on);
