package az.industry.reporting.model;

import az.industry.contracts.event.IndustryRecord;

/** One parsed event from a record topic: its CloudEvents id, whether it voids, and the record it carries. */
public record IncomingEvent(String eventId, String topic, boolean voiding, IndustryRecord record) {
}
