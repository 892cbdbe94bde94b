package az.industry.reporting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.Topics;
import az.industry.contracts.zone.Sector;
import az.industry.reporting.model.IncomingEvent;
import az.industry.reporting.model.Metric;

/**
 * A record's events in every order and repetition, and what each does to the totals (not a @QuarkusTest: the step
 * from event to state and delta is plain logic; the message log that drops a redelivered event is tested elsewhere).
 */
@Tag("integration")
class RecordTransitionsTest {

    static final UUID ID = UUID.fromString("3f1c2b7a-5d4e-4f60-9a8b-7c6d5e4f3a21");
    static final BigDecimal AZN = new BigDecimal("1234567.89");

    @Test
    void aRecordedEventAddsTheRecordOnce() {
        Map<UUID, RecordState> states = new HashMap<>();
        Deltas deltas = new Deltas();

        RecordTransitions.apply(states, event(false), deltas);

        assertTrue(states.get(ID).counts());
        assertOverall(deltas, AZN, 1, 40);
    }

    @Test
    void recordedThenVoidedNetsToNothing() {
        Map<UUID, RecordState> states = new HashMap<>();
        Deltas deltas = new Deltas();

        RecordTransitions.apply(states, event(false), deltas);
        RecordTransitions.apply(states, event(true), deltas);

        assertFalse(states.get(ID).counts());
        assertOverall(deltas, BigDecimal.ZERO.setScale(2), 0, 0);
    }

    @Test
    void aVoidBeforeItsRecordMeansTheRecordNeverCounts() {
        Map<UUID, RecordState> states = new HashMap<>();
        Deltas voided = new Deltas();
        RecordTransitions.apply(states, event(true), voided);
        assertTrue(voided.rows.isEmpty(), "a void of a record not yet seen changes no total");

        Deltas recorded = new Deltas();
        RecordTransitions.apply(states, event(false), recorded);
        assertTrue(recorded.rows.isEmpty(), "its record, arriving later, is cancelled on arrival");
        assertTrue(states.get(ID).recorded && states.get(ID).voided);
    }

    @Test
    void theSameRecordPublishedTwiceCountsOnce() {
        Map<UUID, RecordState> states = new HashMap<>();
        Deltas first = new Deltas();
        RecordTransitions.apply(states, event(false), first);
        states.get(ID).changed = false;

        Deltas again = new Deltas();
        RecordTransitions.apply(states, event(false), again); // a republication: a new ce_id, the same record
        assertTrue(again.rows.isEmpty());
        assertFalse(states.get(ID).changed, "nothing new to save");

        RecordTransitions.apply(states, event(true), again);
        RecordTransitions.apply(states, event(true), again); // a second void
        assertOverall(again, AZN.negate(), -1, -40);
    }

    @Test
    void aStateProjectedBeforeTheDetailsTablesGetsThemFromItsNextEvent() {
        Map<UUID, RecordState> states = new HashMap<>();
        RecordState old = RecordState.of(record(false));
        old.details = null;
        old.recorded = true;
        old.changed = false;
        states.put(ID, old);
        Deltas deltas = new Deltas();

        RecordTransitions.apply(states, event(false), deltas);

        assertTrue(old.changed);
        assertEquals("Transition Test LLC", old.details.company());
        assertTrue(deltas.rows.keySet().stream().allMatch(r -> r.table().needsDetails()),
                "it is added to the company tables only: the others counted it already " + deltas.rows.keySet());
        assertFalse(deltas.rows.isEmpty());
    }

    @Test
    void aBatchsChangesAreMergedPerRowAndTheChangedZonesListed() {
        Map<UUID, RecordState> states = new HashMap<>();
        Deltas deltas = new Deltas();
        RecordTransitions.apply(states, event(false), deltas);
        UUID other = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
        RecordTransitions.apply(states, new IncomingEvent(UUID.randomUUID().toString(), Topics.INVESTMENTS, false,
                record(other, false)), deltas);

        assertOverall(deltas, AZN.add(AZN), 2, 80);
        assertEquals(List.of("ganja-industrial-park"), deltas.changedZones());
    }

    private static void assertOverall(Deltas deltas, BigDecimal azn, long count, long jobs) {
        Deltas.Change overall = deltas.rows.get(new Deltas.Row(SumTable.OVERALL,
                List.of(Metric.INVESTMENT, "ganja-industrial-park", "MACHINERY")));
        if (count == 0 && azn.signum() == 0) {
            assertTrue(overall == null || overall.isZero(SumTable.OVERALL), "no net change: " + deltas.rows);
            return;
        }
        assertEquals(0, azn.compareTo(overall.azn), "AZN " + overall.azn);
        assertEquals(count, overall.count);
        assertEquals(jobs, overall.jobs);
    }

    private static IncomingEvent event(boolean voiding) {
        return new IncomingEvent(UUID.randomUUID().toString(), Topics.INVESTMENTS, voiding, record(voiding));
    }

    private static InvestmentRecord record(boolean voided) {
        return record(ID, voided);
    }

    private static InvestmentRecord record(UUID id, boolean voided) {
        Instant at = Instant.parse("2025-04-30T09:00:00Z");
        return new InvestmentRecord(id, "ganja-industrial-park", "Transition Test LLC", Sector.MACHINERY, AZN, "AZN", AZN,
                LocalDate.of(2025, 4, 30), 40, "Second line", at, "officer", voided, voided ? at.plusSeconds(60) : null,
                voided ? "manager" : null, voided ? "typo" : null);
    }
}
