package az.industry.reporting.rebuild;

import java.time.Instant;

/**
 * The last (or running) rebuild, as {@code GET /api/admin/rebuild} shows it. {@code status} is {@code NONE}
 * (never run), {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED} (with {@code error}; also a rebuild whose
 * instance stopped before it finished).
 */
public record RebuildStatus(String status, Instant startedAt, Instant finishedAt, long eventsReplayed,
        long poisonSkipped, String error) {

    public static final String NONE = "NONE";
    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";
}
