-- Who did what (GET /api/reports/records shows it): who recorded a record (its events' recordedBy, the sub of
-- the token that recorded it) and, once voided, who voided it, when and why (the voided event's voidedBy,
-- voidedAt, voidReason). Rows projected before this migration have them NULL until a rebuild (./platform rebuild)
-- or the record's next event; events written before the write services kept recordedBy/voidedBy never had them.
ALTER TABLE record_state
    ADD COLUMN recorded_by  TEXT,
    ADD COLUMN voided_by    TEXT,
    ADD COLUMN voided_at    TIMESTAMPTZ,
    ADD COLUMN void_reason  TEXT;
-- the shadow copy, column for column in the same order (the rebuild copies it with SELECT *)
ALTER TABLE rebuild_record_state
    ADD COLUMN recorded_by  TEXT,
    ADD COLUMN voided_by    TEXT,
    ADD COLUMN voided_at    TIMESTAMPTZ,
    ADD COLUMN void_reason  TEXT;
