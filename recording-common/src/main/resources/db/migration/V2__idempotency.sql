-- Idempotency keys of POST requests: claimed first in the transaction that records (INSERT ... ON CONFLICT DO
-- NOTHING, so a concurrent request with the same key waits for it), completed with the answer in that same
-- transaction, replayed for a later request with the same key and the same request fingerprint.
CREATE TABLE idempotency_key (
    idem_key      VARCHAR(128) PRIMARY KEY,
    request_hash  CHAR(64)     NOT NULL,            -- SHA-256 (hex) of method, path and body bytes
    status        SMALLINT,                         -- set in the claiming transaction, so never null once committed
    location      TEXT,
    content_type  VARCHAR(200),
    body          TEXT,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
