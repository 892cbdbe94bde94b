package az.industry.reporting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.zone.Sector;
import az.industry.reporting.service.RecordState.Who;

/** Who recorded and voided a record, learnt from its events in either order (not a @QuarkusTest: plain logic). */
@Tag("integration")
class RecordStateTest {

    static final Instant AT = Instant.parse("2025-05-01T10:00:00Z");

    @Test
    void aRecordedThenAVoidedEventTellWhoRecordedAndWhoVoided() {
        ProductionRecord recorded = record("ayla", false, null, null, null);
        RecordState state = RecordState.of(recorded);
        state.learnWho(recorded);
        assertEquals(new Who("ayla", null, null, null), state.who);
        state.changed = false;
        state.learnWho(record("ayla", true, AT, "rashad", "typo"));
        assertEquals(new Who("ayla", "rashad", AT, "typo"), state.who);
        assertTrue(state.changed, "what it learnt is to be saved");
    }

    @Test
    void aVoidBeforeItsRecordIsKeptWhenTheRecordArrives() {
        ProductionRecord voided = record("leyla", true, AT, "rashad", "wrong zone");
        RecordState state = RecordState.of(voided);
        state.learnWho(voided);
        state.changed = false;
        state.learnWho(record("leyla", false, null, null, null));
        assertEquals(new Who("leyla", "rashad", AT, "wrong zone"), state.who);
        assertFalse(state.changed, "nothing new was learnt");
    }

    @Test
    void eventsWithoutWhoDidWhatLeaveItUnknownOrAsKnown() {
        assertEquals(Who.NOBODY, Who.NOBODY.with(record(null, false, null, null, null)));
        Who known = new Who("ayla", "rashad", AT, "typo");
        assertEquals(known, known.with(record(null, true, AT, null, "typo")));
    }

    static final UUID ID = UUID.randomUUID();

    static ProductionRecord record(String by, boolean voided, Instant voidedAt, String voidedBy, String reason) {
        return new ProductionRecord(ID, "ganja-industrial-park", "Ganja Auto", Sector.AUTOMOTIVE, "Light trucks",
                BigDecimal.TEN, "vehicles", new BigDecimal("100.00"), "AZN", new BigDecimal("100.00"),
                LocalDate.of(2024, 12, 31), AT.minusSeconds(60), by, voided, voidedAt, voidedBy, reason);
    }
}
