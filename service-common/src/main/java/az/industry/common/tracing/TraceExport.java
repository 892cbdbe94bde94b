package az.industry.common.tracing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupUnlessProperty;


/**
 * Keeps traces inside the process unless {@code industry.traces.export=true} (INDUSTRY_TRACES_EXPORT; unset means false): spans are still made and their
 * context still travels (logs, outbox, Kafka headers), but none is sent. With the switch on, this exporter steps
 * aside and Quarkus sends spans over OTLP to {@code quarkus.otel.exporter.otlp.endpoint}.
 */
@Singleton
public class TraceExport {

    @Produces
    @Singleton
    @LookupUnlessProperty(name = "industry.traces.export", stringValue = "true", lookupIfMissing = true)
    SpanExporter nowhere() {
        return SpanExporter.composite(); // exports to no one
    }
}
