package az.industry.recording.idempotency;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import az.industry.common.problem.ProblemException;
import az.industry.common.problem.Violation;

/**
 * Runs a POST's work in one transaction and, when the request has an {@code Idempotency-Key}, makes it happen at
 * most once per key: the key is claimed as the transaction's first statement and stored with the answer in that
 * same transaction; a later request with the key and the same fingerprint gets that answer again, with a
 * different fingerprint 409. A concurrent request with the key waits on the claim until the first one commits.
 * An error rolls everything back, the claim included, so the key can be used again.
 */
@ApplicationScoped
public class Idempotency {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    /** Set to {@code true} on an answer replayed for a repeated key. */
    public static final String REPLAYED = "Idempotency-Replayed";
    /** What the header does, for the OpenAPI document. */
    public static final String DESCRIPTION = "Optional, 1-128 printable ASCII characters. The same key with the same"
            + " request (method, path, body) returns the first answer again and records nothing new; the same key"
            + " with a different request is 409.";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    RequestFingerprint fingerprint;

    /** {@code action}'s answer, or with a repeated {@code key} (may be null) the first answer for it. */
    @Transactional
    public Response execute(String key, Supplier<Response> action) {
        checkHeader(key);
        if (key == null) {
            return action.get();
        }
        return execute(key, fingerprint.value(), action);
    }

    /** 400 for an {@code Idempotency-Key} header sent empty (which reaches the resource as a null {@code key}). */
    public void checkHeader(String key) {
        if (key == null && fingerprint.hasEmptyKeyHeader()) {
            throw ProblemException.invalid(List.of(new Violation(HEADER, IdempotencyKey.MESSAGE)));
        }
    }

    /** Like {@link #execute(String, Supplier)} with an explicit request fingerprint. */
    @Transactional
    public Response execute(String key, String requestHash, Supplier<Response> action) {
        if (claim(key, requestHash)) {
            KeyedResponse row = em.find(KeyedResponse.class, key);
            store(action.get(), row);
            return answer(row, false);
        }
        Response earlier = replay(key, requestHash);
        if (earlier == null) { // forgotten by IdempotencyPurge between our claim and this read: claim it anew
            return execute(key, requestHash, action);
        }
        return earlier;
    }

    /**
     * The answer stored for {@code key}, marked replayed; 409 if it answered a different request; null if the key
     * is not stored (or no longer: purged).
     */
    @Transactional
    public Response replay(String key, String requestHash) {
        KeyedResponse earlier = em.find(KeyedResponse.class, key);
        if (earlier == null) {
            return null;
        }
        if (!earlier.requestHash.equals(requestHash)) {
            throw ProblemException.conflict("idempotency-key-reused", "Idempotency-Key '" + key
                    + "' was already used for a different request (method, path or body).");
        }
        return answer(earlier, true);
    }

    /** True if this transaction claimed the key; false once another (committed) transaction has it. */
    private boolean claim(String key, String requestHash) {
        return em.createNativeQuery("INSERT INTO idempotency_key (idem_key, request_hash) VALUES (:key, :hash)"
                        + " ON CONFLICT (idem_key) DO NOTHING")
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .executeUpdate() == 1;
    }

    private void store(Response response, KeyedResponse row) {
        row.status = response.getStatus();
        row.location = response.getLocation() == null ? null : response.getLocation().toString();
        row.contentType = response.getMediaType() == null ? MediaType.APPLICATION_JSON
                : response.getMediaType().toString();
        Object entity = response.getEntity();
        try {
            row.body = entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the answer", e);
        }
    }

    /** The stored answer, byte for byte what the first request got. */
    private static Response answer(KeyedResponse row, boolean replayed) {
        Response.ResponseBuilder builder = Response.status(row.status);
        if (row.body != null) {
            builder.entity(row.body).type(row.contentType);
        }
        if (row.location != null) {
            builder.header(HttpHeaders.LOCATION, row.location);
        }
        if (replayed) {
            builder.header(REPLAYED, "true");
        }
        return builder.build();
    }
}
