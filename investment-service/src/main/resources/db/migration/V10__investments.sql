-- Investments as recorded; money is exact: original amount and currency, and AZN fixed at recording time.
CREATE TABLE investment (
    id            UUID          PRIMARY KEY,
    zone_id       VARCHAR(100)  NOT NULL,
    investor      VARCHAR(200)  NOT NULL,
    sector        VARCHAR(40)   NOT NULL,
    amount        NUMERIC(19,2) NOT NULL CHECK (amount > 0),
    currency      CHAR(3)       NOT NULL,
    amount_azn    NUMERIC(19,2) NOT NULL CHECK (amount_azn >= 0),
    invested_on   DATE          NOT NULL,
    jobs_created  INTEGER       NOT NULL CHECK (jobs_created >= 0),
    description   TEXT,
    recorded_at   TIMESTAMPTZ   NOT NULL,
    voided        BOOLEAN       NOT NULL DEFAULT FALSE,
    voided_at     TIMESTAMPTZ,
    void_reason   TEXT
);
CREATE INDEX investment_recorded_at ON investment (recorded_at DESC, id);
CREATE INDEX investment_zone_date ON investment (zone_id, invested_on);
