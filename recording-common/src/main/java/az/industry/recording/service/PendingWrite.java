package az.industry.recording.service;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

import jakarta.ws.rs.core.Response;

import az.industry.contracts.event.IndustryRecord;
import az.industry.recording.store.RecordRow;

/**
 * One single-record POST waiting for its group's commit: the row to insert, the record it shows as, its
 * answer (body already serialised, for the idempotency key's stored copy), the trace context of its request (a
 * committer thread writes its event), and the promise its request waits on.
 */
record PendingWrite(RecordRow<?> row, IndustryRecord record, String key, String requestHash,
        URI location, String body, String traceparent, CompletableFuture<Response> answer) {

    boolean keyed() {
        return key != null;
    }
}
