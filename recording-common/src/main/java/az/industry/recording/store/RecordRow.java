package az.industry.recording.store;

import java.time.Instant;

import az.industry.contracts.event.IndustryRecord;

/** A stored record as the shared store handles it: it can be voided once and shown as its contract record. */
public interface RecordRow<R extends IndustryRecord> {

    boolean isVoided();

    /** Marks the row voided at {@code when} for {@code reason}. */
    void markVoided(Instant when, String reason);

    /** The record as the API and the events show it. */
    R toRecord();
}
