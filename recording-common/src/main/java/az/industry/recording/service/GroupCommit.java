package az.industry.recording.service;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import az.industry.common.problem.Problem;
import az.industry.common.problem.ProblemException;
import az.industry.recording.idempotency.Idempotency;
import az.industry.recording.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Group commit: concurrent single-record POSTs are written together, in one transaction per group (their
 * idempotency keys, rows and outbox events in one statement each), and each POST is answered after that
 * commit. A group that fails is retried one write per transaction, so a bad write fails only itself.
 * No delay is added: a POST that finds a transaction slot free commits at once on its own thread, taking whatever
 * waits with it; otherwise it waits for a committer thread, which takes whatever waits when a slot frees, so
 * groups grow with the load. {@code records.group-commit.committers} slots in all.
 */
@ApplicationScoped
public class GroupCommit {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);
    private static final String CLAIM = "INSERT INTO idempotency_key (idem_key, request_hash, status, location,"
            + " content_type, body) SELECT k, h, 201, l, '" + MediaType.APPLICATION_JSON + "', b"
            + " FROM unnest(?::varchar[], ?::varchar[], ?::text[], ?::text[]) AS t(k, h, l, b)"
            + " ON CONFLICT (idem_key) DO NOTHING RETURNING idem_key";

    @Inject
    GroupCommitConfig config;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Idempotency idempotency;

    private BlockingQueue<PendingWrite> queue;
    /** Transactions that may be open at once: held by a committer thread or by a request committing itself. */
    private Semaphore permits;
    private final List<Thread> committers = new ArrayList<>();
    private final AtomicLong groups = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private volatile boolean running;

    void start(@Observes StartupEvent event) {
        queue = new ArrayBlockingQueue<>(config.queueCapacity());
        permits = new Semaphore(config.committers());
        running = true;
        for (int i = 0; i < config.committers(); i++) {
            Thread thread = new Thread(this::loop, "group-commit-" + i);
            thread.setDaemon(true);
            thread.start();
            committers.add(thread);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false; // committers finish what waits, then stop (no interrupt: it could fail a commit under way)
        for (Thread thread : committers) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (PendingWrite left = queue.poll(); left != null; left = queue.poll()) {
            left.answer().completeExceptionally(unavailable("the service is shutting down; retry"));
        }
    }

    /**
     * Writes {@code write} with whatever other writes wait; returns once its transaction committed: null when it
     * was stored, or the earlier answer replayed for its key.
     */
    Response submit(PendingWrite write) {
        if (!running) {
            throw unavailable("the service is shutting down; retry");
        }
        if (permits.tryAcquire()) { // a transaction slot is free: commit here, with whatever waits, without a handoff
            List<PendingWrite> group = new ArrayList<>();
            group.add(write);
            queue.drainTo(group, config.maxGroup() - 1);
            try {
                commitGuarded(group);
            } finally {
                permits.release();
            }
        } else if (!queue.offer(write)) {
            throw unavailable("too many writes are waiting; retry in a second");
        }
        try {
            return write.answer().get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (TimeoutException e) {
            throw unavailable("the database did not commit in time; retrying with the same Idempotency-Key is safe");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    /** Groups committed and writes in them since start (their ratio is the mean group size). */
    public long groupCount() {
        return groups.get();
    }

    public long writeCount() {
        return writes.get();
    }

    /** Writes waiting for a committer now. */
    public int waiting() {
        return queue == null ? 0 : queue.size();
    }

    private void loop() {
        List<PendingWrite> group = new ArrayList<>(config.maxGroup());
        while (running || !queue.isEmpty()) {
            try {
                PendingWrite first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                permits.acquire();
                try {
                    queue.drainTo(group, config.maxGroup() - 1);
                    commitGuarded(group);
                } finally {
                    permits.release();
                }
            } catch (InterruptedException e) {
                group.forEach(w -> w.answer().completeExceptionally(unavailable("interrupted")));
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    /** {@link #commit}, failing every write of the group on an unexpected error rather than leaving one waiting. */
    private void commitGuarded(List<PendingWrite> group) {
        try {
            commit(group);
        } catch (RuntimeException e) {
            LOG.error("group commit failed unexpectedly", e);
            group.forEach(w -> w.answer().completeExceptionally(e));
        }
    }

    /** Commits {@code group} in one transaction, or (if that fails and it holds more than one) each alone. */
    private void commit(List<PendingWrite> group) {
        List<PendingWrite> now = new ArrayList<>(group.size());
        List<PendingWrite> later = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (PendingWrite w : group) {
            (w.keyed() && !keys.add(w.key()) ? later : now).add(w); // a key twice in one group: the second waits
        }
        try {
            Map<PendingWrite, Boolean> written = QuarkusTransaction.requiringNew().call(() -> write(now));
            groups.incrementAndGet();
            written.forEach((w, claimed) -> {
                if (claimed) {
                    writes.incrementAndGet();
                    w.answer().complete(null);
                } else {
                    replay(w);
                }
            });
        } catch (RuntimeException e) {
            if (now.size() == 1) {
                now.get(0).answer().completeExceptionally(e);
            } else {
                LOG.debugf("a group of %d writes failed (%s); committing each alone", now.size(), e.getMessage());
                now.forEach(w -> commit(List.of(w)));
            }
        }
        if (!later.isEmpty()) {
            commit(later);
        }
    }

    /**
     * In the current transaction: claims the group's idempotency keys with their answers (one statement), then
     * inserts the rows whose key was free or who have none, and their events. True for a write it stored,
     * false for one whose key an earlier request already holds.
     */
    private Map<PendingWrite, Boolean> write(List<PendingWrite> group) {
        Set<String> claimed = claim(group);
        Map<PendingWrite, Boolean> result = new LinkedHashMap<>();
        Map<String, List<PendingWrite>> events = new LinkedHashMap<>();
        for (PendingWrite w : group) {
            boolean stored = !w.keyed() || claimed.contains(w.key());
            result.put(w, stored);
            if (stored) {
                em.persist(w.row());
                events.computeIfAbsent(w.record().kind().recordedType(), t -> new ArrayList<>()).add(w);
            }
        }
        em.flush();
        events.forEach((type, writes) -> outbox.addAll(writes.stream().map(PendingWrite::record).toList(), type,
                writes.stream().map(PendingWrite::traceparent).toList()));
        return result;
    }

    private Set<String> claim(List<PendingWrite> group) {
        List<PendingWrite> keyed = group.stream().filter(PendingWrite::keyed)
                .sorted(Comparator.comparing(PendingWrite::key)).toList(); // one lock order: no deadlocks
        Set<String> claimed = new HashSet<>();
        if (keyed.isEmpty()) {
            return claimed;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement(CLAIM)) {
                Array keys = c.createArrayOf("varchar", keyed.stream().map(PendingWrite::key).toArray());
                Array hashes = c.createArrayOf("varchar", keyed.stream().map(PendingWrite::requestHash).toArray());
                Array locations = c.createArrayOf("text", keyed.stream().map(w -> w.location().toString()).toArray());
                Array bodies = c.createArrayOf("text", keyed.stream().map(PendingWrite::body).toArray());
                insert.setArray(1, keys);
                insert.setArray(2, hashes);
                insert.setArray(3, locations);
                insert.setArray(4, bodies);
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(rs.getString(1));
                    }
                }
            }
        });
        return claimed;
    }

    /** A write whose key an earlier request holds: that request's answer (or 409 for a different request). */
    private void replay(PendingWrite w) {
        try {
            Response earlier = idempotency.replay(w.key(), w.requestHash());
            if (earlier != null) {
                w.answer().complete(earlier);
            } else if (!queue.offer(w)) { // the key was purged meanwhile: write it anew
                w.answer().completeExceptionally(unavailable("too many writes are waiting; retry in a second"));
            }
        } catch (RuntimeException e) {
            w.answer().completeExceptionally(e);
        }
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(Problem.of(503, "unavailable", "Service Unavailable", detail));
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }
}
