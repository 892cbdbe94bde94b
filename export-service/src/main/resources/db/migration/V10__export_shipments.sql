-- Export shipments as reported; money is exact: original value and currency, and AZN fixed at recording time.
-- Quantity is exact too (up to 15 digits before the point and 6 after), in a free-text unit.
CREATE TABLE export_shipment (
    id                   UUID          PRIMARY KEY,
    zone_id              VARCHAR(100)  NOT NULL,
    exporter             VARCHAR(200)  NOT NULL,
    sector               VARCHAR(40)   NOT NULL,
    destination_country  CHAR(2)       NOT NULL CHECK (destination_country ~ '^[A-Z]{2}$' AND destination_country <> 'AZ'),
    hs_code              VARCHAR(6)    NOT NULL CHECK (hs_code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6})$'),
    product              VARCHAR(200)  NOT NULL,
    quantity             NUMERIC(21,6) NOT NULL CHECK (quantity > 0),
    unit                 VARCHAR(50)   NOT NULL,
    value                NUMERIC(19,2) NOT NULL CHECK (value > 0),
    currency             CHAR(3)       NOT NULL,
    value_azn            NUMERIC(19,2) NOT NULL CHECK (value_azn >= 0),
    shipped_on           DATE          NOT NULL,
    recorded_at          TIMESTAMPTZ   NOT NULL,
    voided               BOOLEAN       NOT NULL DEFAULT FALSE,
    voided_at            TIMESTAMPTZ,
    void_reason          TEXT
);
CREATE INDEX export_shipment_recorded_at ON export_shipment (recorded_at DESC, id);
CREATE INDEX export_shipment_zone_date ON export_shipment (zone_id, shipped_on);
CREATE INDEX export_shipment_destination ON export_shipment (destination_country);
