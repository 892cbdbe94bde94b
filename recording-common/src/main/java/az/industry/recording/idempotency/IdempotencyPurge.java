package az.industry.recording.idempotency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Forgets {@code Idempotency-Key}s older than {@code idempotency.retention} (30 days by default), hourly
 * and in small transactions, so the key table stays bounded; a key reused after that records anew.
 */
@ApplicationScoped
public class IdempotencyPurge {

    /** Keys deleted per transaction. */
    static final int CHUNK = 5_000;
    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    @Inject
    EntityManager em;

    @Inject
    IdempotencyConfig config;

    @Inject
    MeterRegistry registry;

    // the scheduler reads its intervals from configuration itself (IdempotencyConfig declares them, with these defaults)
    @Scheduled(identity = "idempotency-purge", every = "${idempotency.purge-every:1h}",
            delayed = "${idempotency.purge-delay:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purgeExpired();
    }

    /** Deletes every key older than the retention; how many it deleted. */
    public long purgeExpired() {
        OffsetDateTime cutoff = Instant.now().minus(config.retention()).atOffset(ZoneOffset.UTC);
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "DELETE FROM idempotency_key WHERE idem_key IN (SELECT idem_key FROM idempotency_key"
                            + " WHERE created_at < :cutoff LIMIT " + CHUNK + ")")
                    .setParameter("cutoff", cutoff).executeUpdate());
            total += deleted;
        } while (deleted == CHUNK);
        if (total > 0) {
            Counter.builder("idempotency.keys.purged").description("Idempotency keys forgotten after the retention")
                    .register(registry).increment(total);
            LOG.infof("forgot %d idempotency keys older than %s", total, config.retention());
        }
        return total;
    }
}
