package az.industry.common.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

class TraceParentTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aValueReadBackNamesTheSameSpanAsARemoteParent() {
        SpanContext parent = Span.fromContext(TraceParent.parent(TRACEPARENT)).getSpanContext();

        assertTrue(parent.isValid());
        assertTrue(parent.isRemote());
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", parent.getTraceId());
        assertEquals("00f067aa0ba902b7", parent.getSpanId());
        assertTrue(parent.isSampled());
    }

    @Test
    void theCurrentSpanWritesTheValueItWasReadFrom() {
        try (Scope ignored = TraceParent.parent(TRACEPARENT).makeCurrent()) {
            assertEquals(TRACEPARENT, TraceParent.current());
        }
    }

    @Test
    void noSpanGivesNoValue() {
        assertNull(TraceParent.current());
        assertNull(TraceParent.of(Context.root()));
    }

    @Test
    void aMissingOrMalformedValueStartsANewTrace() {
        for (String bad : new String[] {null, "", "  ", "garbage", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", "00-4bf92f35-00f067aa0ba902b7-01"}) {
            assertFalse(Span.fromContext(TraceParent.parent(bad)).getSpanContext().isValid(), String.valueOf(bad));
        }
    }
}
