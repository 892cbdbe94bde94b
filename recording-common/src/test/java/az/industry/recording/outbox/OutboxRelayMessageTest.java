package az.industry.recording.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** The message the relay builds from an outbox row: its topic and key, its CloudEvents attributes, its trace parent. */
class OutboxRelayMessageTest {

    @Test
    void aRowBecomesAKeyedBinaryCloudEventOnItsTopic() {
        OutboxEvent row = row(null);

        Message<String> message = OutboxRelay.toMessage(row);

        assertEquals(row.payload, message.getPayload());
        OutgoingKafkaRecordMetadata<?> kafka = message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        assertEquals("industry.investments.v1", kafka.getTopic());
        assertEquals("garadagh-industrial-park", kafka.getKey());
        OutgoingCloudEventMetadata<?> ce = message.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow();
        assertEquals(row.eventId.toString(), ce.getId());
        assertEquals("az.industry.investment.recorded.v1", ce.getType());
        assertEquals(row.subject, ce.getSubject().orElseThrow());
        assertEquals(row.occurredAt, ce.getTimeStamp().orElseThrow().toInstant());
        assertEquals("application/json", ce.getDataContentType().orElseThrow());
    }

    @Test
    void aRowWrittenInATraceIsPublishedAsAChildOfThatTrace() {
        Message<String> message = OutboxRelay.toMessage(row("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

        SpanContext parent = Span.fromContext(message.getMetadata(TracingMetadata.class).orElseThrow().getCurrentContext())
                .getSpanContext();
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", parent.getTraceId());
        assertEquals("00f067aa0ba902b7", parent.getSpanId());
        assertTrue(parent.isRemote());
    }

    @Test
    void aRowWithoutATraceCarriesNoTracingMetadata() {
        assertTrue(OutboxRelay.toMessage(row(null)).getMetadata(TracingMetadata.class).isEmpty());
    }

    private static OutboxEvent row(String traceparent) {
        OutboxEvent row = new OutboxEvent();
        row.seq = 7L;
        row.eventId = UUID.fromString("7d0f3c52-9a61-4b8e-a3f1-2b1c9e4d5a60");
        row.topic = "industry.investments.v1";
        row.recordKey = "garadagh-industrial-park";
        row.eventType = "az.industry.investment.recorded.v1";
        row.source = "/investment-service";
        row.subject = "0b6f1d8e-4c2a-4f7e-9d3b-5a8c7e6f1b2d";
        row.occurredAt = Instant.parse("2025-04-30T10:15:30.123Z");
        row.payload = "{\"id\":\"0b6f1d8e-4c2a-4f7e-9d3b-5a8c7e6f1b2d\"}";
        row.traceparent = traceparent;
        return row;
    }
}
