-- Who did what: the sub of the token that recorded a row, and of the one that voided it (voided_at and
-- void_reason are in V10). Rows stored before this migration keep NULL: nobody knows who recorded them.
ALTER TABLE investment
    ADD COLUMN recorded_by TEXT,
    ADD COLUMN voided_by   TEXT;
