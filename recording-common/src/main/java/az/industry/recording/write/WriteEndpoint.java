package az.industry.recording.write;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import az.industry.common.batch.BatchReader;
import az.industry.common.batch.BatchResult;
import az.industry.common.batch.DryRunResult;
import az.industry.common.rest.NewRecord;
import az.industry.common.rest.ProblemException;
import az.industry.common.rest.Violation;
import az.industry.common.security.Caller;
import az.industry.common.security.ZoneScope;
import az.industry.contracts.event.IndustryRecord;
import az.industry.recording.idempotency.Idempotency;

/**
 * What the three write resources do alike, written once: check the caller's zones, run the write once per
 * {@code Idempotency-Key} as the token's {@code sub}, answer; and check a batch without storing it (dry run).
 */
@RequestScoped
public class WriteEndpoint {

    /** The batch endpoints' {@code dryRun} parameter, for the OpenAPI document. */
    public static final String DRY_RUN = "true: validate the batch exactly as it would be stored (the same 400, 403,"
            + " 413, 415 and 422 answers), store and publish nothing, use no Idempotency-Key, answer 200 {\"valid\": n}";

    @Inject
    ZoneScope zoneScope;

    @Inject
    Caller caller;

    @Inject
    Idempotency idempotency;

    @Inject
    BatchReader batches;

    /** Records {@code body} as the caller: 201 with {@code Location: path/id} and the stored record. */
    public <I extends NewRecord, R extends IndustryRecord> Response record(String key, I body, String path,
            BiFunction<I, String, R> record) {
        zoneScope.requireWrite(body.zoneId());
        return idempotency.execute(key, () -> {
            R stored = record.apply(body, caller.subject());
            return Response.created(URI.create(path + "/" + stored.id())).entity(stored).build();
        });
    }

    /**
     * Reads and checks a batch (all rows valid, every zone the caller's), then records it whole as the caller
     * (201 with the ids), or with {@code dryRun} "true" answers 200 with the number of valid rows and stores nothing.
     */
    public <I extends NewRecord> Response batch(String key, String dryRun, MediaType type, byte[] body, Class<I> rowType,
            BiFunction<List<I>, String, List<? extends IndustryRecord>> recordAll) {
        boolean onlyCheck = dryRun(dryRun);
        List<I> rows = batches.read(body, type, rowType);
        rows.forEach(row -> zoneScope.requireWrite(row.zoneId()));
        if (onlyCheck) {
            idempotency.checkHeader(key);
            return Response.ok(new DryRunResult(rows.size())).build();
        }
        return idempotency.execute(key, () -> Response.status(Response.Status.CREATED)
                .entity(BatchResult.of(recordAll.apply(rows, caller.subject()))).build());
    }

    /** Voids record {@code id} as the caller, if the caller may write for its zone: 200 with the record as it now stands. */
    public <R extends IndustryRecord> Response voidRecord(String key, UUID id, String reason,
            Function<UUID, R> find, Voider<R> voider) {
        zoneScope.requireWrite(find.apply(id).zoneId());
        return idempotency.execute(key, () -> Response.ok(voider.voidRecord(id, reason, caller.subject())).build());
    }

    /** A service's void: record {@code id}, for {@code reason}, by {@code who}. */
    @FunctionalInterface
    public interface Voider<R> {
        R voidRecord(UUID id, String reason, String who);
    }

    /** {@code dryRun}: absent or {@code false} is a real batch, {@code true} a check; anything else is 400. */
    static boolean dryRun(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.invalid(List.of(new Violation("dryRun", "must be true or false")));
    }
}
