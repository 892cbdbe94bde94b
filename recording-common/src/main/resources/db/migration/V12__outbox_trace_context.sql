-- The trace context (W3C traceparent) of the request that wrote each event: the relay publishes the event as a child
-- of it, so one trace runs from the POST through Kafka to reporting's projection. Null outside a trace.
-- Numbered after the services' own migrations (V10, V11) so that databases already at V11 take it in order.
ALTER TABLE outbox_event ADD COLUMN traceparent VARCHAR(55);
