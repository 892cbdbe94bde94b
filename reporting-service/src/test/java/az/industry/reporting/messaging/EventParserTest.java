package az.industry.reporting.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import az.industry.common.config.JsonCustomizer;
import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.reporting.model.IncomingEvent;

/** Events as written before and after who did what was kept both read (not a @QuarkusTest: plain parsing). */
@Tag("integration")
class EventParserTest {

    static final String BEFORE = """
            {"id": "5b0c5a6e-8d7a-4a57-9a3e-0d5a1f3b2c11", "zoneId": "sumgayit-chemical-industrial-park",
             "exporter": "SOCAR Polymer", "sector": "CHEMICAL", "destinationCountry": "IT", "hsCode": "3902",
             "product": "Polypropylene", "quantity": 1200.5, "unit": "t", "value": 2450000.00, "currency": "USD",
             "valueAzn": 4165000.00, "shippedOn": "2025-03-14", "recordedAt": "2025-03-15T08:00:00Z",
             "voided": true, "voidedAt": "2025-03-16T09:00:00Z", "voidReason": "typo"}""";

    private final EventParser parser = new EventParser(strictMapper());

    /** The mapper as the service has it: the request rules of JsonCustomizer, unknown fields refused. */
    static ObjectMapper strictMapper() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonCustomizer().customize(json);
        return json;
    }

    @Test
    void anEventWithAFieldAddedLaterIsStillRead() throws Exception {
        String later = BEFORE.replace("\"voidReason\": \"typo\"}", "\"voidReason\": \"typo\", \"addedLater\": {\"x\": 1}}");
        assertEquals("typo", ((ExportRecord) parser.parse(RecordKind.EXPORT.topic(), "ce-2", RecordKind.EXPORT.voidedType(), later)
                .record()).voidReason());
    }

    @Test
    void anEventWrittenBeforeWhoDidWhatReadsWithNobody() throws Exception {
        IncomingEvent e = parser.parse(RecordKind.EXPORT.topic(), "ce-1", RecordKind.EXPORT.voidedType(), BEFORE);
        ExportRecord r = (ExportRecord) e.record();
        assertNull(r.recordedBy());
        assertNull(r.voidedBy());
        assertEquals("typo", r.voidReason());
    }

    @Test
    void anEventWithWhoDidWhatCarriesIt() throws Exception {
        String now = BEFORE.replace("\"voided\": true", "\"recordedBy\": \"ayla@local\", \"voided\": true")
                .replace("\"voidReason\"", "\"voidedBy\": \"rashad@local\", \"voidReason\"");
        ExportRecord r = (ExportRecord) parser.parse(RecordKind.EXPORT.topic(), "ce-2", RecordKind.EXPORT.voidedType(),
                now).record();
        assertEquals("ayla@local", r.recordedBy());
        assertEquals("rashad@local", r.voidedBy());
    }
}
