package az.industry.recording.outbox;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import az.industry.common.tracing.TraceParent;
import az.industry.contracts.event.CloudEventHeaders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to Kafka in commit order: claims (deletes) the oldest in one statement, sends them, waits
 * for every acknowledgement (acks=all, idempotent producer), then commits the delete; retries with backoff while
 * Kafka is unreachable. One relay at a time publishes (a PostgreSQL advisory lock), so several instances keep the per-zone order.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Channel of the outbox producer; its Kafka settings live in microprofile-config.properties. */
    public static final String CHANNEL = "outbox";
    /** The pause after a first failed attempt; it doubles after each further one, up to {@code max-backoff}. */
    static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final long ADVISORY_LOCK = 0x6f7574626f78L; // "outbox"
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CLAIM = "DELETE FROM outbox_event WHERE seq IN"
            + " (SELECT seq FROM outbox_event ORDER BY seq LIMIT ?) RETURNING *";

    @Inject
    @Channel(CHANNEL)
    MutinyEmitter<String> emitter;

    @Inject
    EntityManager em;

    @Inject
    TransactionManager transactions;


    @Inject
    RelayConfig config;

    private final Semaphore wakeups = new Semaphore(0);
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean running;
    private volatile Instant lastFailure;
    private volatile String lastError;
    private Thread thread;
    private static final long BACKLOG_MAX_AGE_NANOS = Duration.ofSeconds(1).toNanos();
    private volatile Backlog lastBacklog;
    private volatile long lastBacklogAt;

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeups.release();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks the relay to look at the outbox now (called after a transaction that added events commits). */
    public void wake() {
        wakeups.release();
    }

    public long publishedCount() {
        return published.get();
    }

    /** Batches that failed (and were retried) since start. */
    public long failureCount() {
        return failures.get();
    }

    public Instant lastFailure() {
        return lastFailure;
    }

    public String lastError() {
        return lastError;
    }

    private void loop() {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            int sent;
            try {
                sent = publishBatch();
                backoff = FIRST_BACKOFF;
                lastError = null;
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                lastFailure = Instant.now();
                lastError = e.getMessage();
                LOG.warnf("outbox relay could not publish, retrying in %d ms: %s", backoff.toMillis(), e.getMessage());
                await(backoff);
                backoff = nextBackoff(backoff, config.maxBackoff());
                continue;
            }
            if (sent < config.batchSize()) {
                await(config.pollInterval());
            }
        }
    }

    /** The pause after a failed attempt that followed a pause of {@code pause}: twice as long, at most {@code max}. */
    static Duration nextBackoff(Duration pause, Duration max) {
        Duration twice = pause.multipliedBy(2);
        return twice.compareTo(max) > 0 ? max : twice;
    }

    private void await(Duration duration) {
        try {
            wakeups.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
            wakeups.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Publishes the oldest rows and deletes them, in one transaction; returns how many it published. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:k)")
                    .setParameter("k", ADVISORY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<OutboxEvent> rows = claimOldest();
            if (rows.isEmpty()) {
                return 0;
            }
            sendAndAwaitAcks(rows); // a failure rolls the delete back: the rows stay and are sent again
            published.addAndGet(rows.size());
            return rows.size();
        });
    }

    /**
     * Deletes the oldest {@code batchSize} rows and returns them in {@code seq} order, in one statement; the
     * delete only holds if this transaction commits, i.e. after Kafka acknowledged them.
     */
    private List<OutboxEvent> claimOldest() {
        List<OutboxEvent> rows = new ArrayList<>(config.batchSize());
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement claim = c.prepareStatement(CLAIM)) {
                claim.setInt(1, config.batchSize());
                try (ResultSet rs = claim.executeQuery()) {
                    while (rs.next()) {
                        OutboxEvent row = new OutboxEvent();
                        row.seq = rs.getLong("seq");
                        row.eventId = rs.getObject("event_id", UUID.class);
                        row.topic = rs.getString("topic");
                        row.recordKey = rs.getString("record_key");
                        row.eventType = rs.getString("event_type");
                        row.source = rs.getString("source");
                        row.subject = rs.getString("subject");
                        row.occurredAt = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
                        row.payload = rs.getString("payload");
                        row.traceparent = rs.getString("traceparent");
                        rows.add(row);
                    }
                }
            }
        });
        rows.sort(Comparator.comparingLong(r -> r.seq)); // RETURNING has no order of its own
        return rows;
    }

    /**
     * Sends the rows and waits for Kafka's acks with this thread's transaction suspended: context propagation would
     * otherwise carry the transaction to the producer threads that run the ack callbacks, and a commit while one
     * of them still holds it fails ("multiple threads active"), rolling back a batch Kafka already has.
     */
    private void sendAndAwaitAcks(List<OutboxEvent> rows) throws SystemException, InvalidTransactionException {
        Transaction tx = transactions.suspend();
        try {
            List<Uni<Void>> acks = new ArrayList<>(rows.size());
            for (OutboxEvent row : rows) {
                acks.add(emitter.sendMessage(toMessage(row)));
            }
            Uni.join().all(acks).andFailFast().await().atMost(Duration.ofSeconds(30));
        } finally {
            transactions.resume(tx);
        }
    }

    static Message<String> toMessage(OutboxEvent row) {
        // binary-mode CloudEvents: the connector writes the ce_* headers and content-type from datacontenttype
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.recordKey)
                .build();
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(row.eventId.toString())
                .withSource(URI.create(row.source))
                .withType(row.eventType)
                .withSubject(row.subject)
                .withTimestamp(row.occurredAt.atZone(ZoneOffset.UTC))
                .withDataContentType(CloudEventHeaders.JSON)
                .build();
        Message<String> message = Message.of(row.payload).addMetadata(kafka).addMetadata(cloudEvent);
        // the connector's producer span (and the traceparent header it writes) is a child of the POST that wrote the row
        return row.traceparent == null ? message
                : message.addMetadata(TracingMetadata.withCurrent(TraceParent.parent(row.traceparent)));
    }

    /**
     * Backlog figures for health and metrics: rows waiting and the age of the oldest; measured at most once a
     * second, so a metrics scrape (two gauges) and a health probe together cost one query.
     */
    public Backlog backlog() {
        Backlog cached = lastBacklog;
        if (cached != null && System.nanoTime() - lastBacklogAt < BACKLOG_MAX_AGE_NANOS) {
            return cached;
        }
        Backlog fresh = measureBacklog();
        lastBacklog = fresh;
        lastBacklogAt = System.nanoTime();
        return fresh;
    }

    private Backlog measureBacklog() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery(
                    "SELECT count(*), min(occurred_at) FROM outbox_event").getSingleResult();
            long size = ((Number) row[0]).longValue();
            Instant oldest = row[1] == null ? null : toInstant(row[1]);
            return new Backlog(size, oldest == null ? 0 : Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
        });
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        return Instant.parse(value.toString());
    }

    /** Rows waiting in the outbox and the age in seconds of the oldest. */
    public record Backlog(long size, double oldestAgeSeconds) {
    }

}
