package az.industry.reporting.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import az.industry.contracts.event.CloudEventHeaders;
import az.industry.contracts.event.Topics;
import az.industry.contracts.zone.Zone;
import az.industry.contracts.zone.ZoneCatalogue;
import az.industry.reporting.live.BatchNotifications;
import az.industry.reporting.live.LiveTotals;
import az.industry.reporting.messaging.EventParser;
import az.industry.reporting.messaging.PoisonEventException;
import az.industry.reporting.model.IncomingEvent;
import az.industry.reporting.service.ProjectionWriter;
import io.smallrye.common.annotation.Identifier;

/**
 * Rebuilds every projection from the start of the topics without stopping the live consumers: replays all
 * partitions into the shadow tables up to the end offsets seen at start, catches up, then - holding a lock that
 * makes the live writers of every instance wait (readers do not) - reads the last events and copies the shadow
 * tables over the live ones in one transaction. One rebuild at a time across instances (an advisory lock).
 */
@ApplicationScoped
public class Rebuilder {

    private static final Logger LOG = Logger.getLogger(Rebuilder.class);

    @Inject
    DataSource dataSource;

    @Inject
    EventParser parser;

    @Inject
    RebuildStatusStore store;

    @Inject
    LiveTotals live;

    @Inject
    BatchNotifications notifications;

    @Inject
    ZoneCatalogue catalogue;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    RebuildConfig config;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "projection-rebuild");
        t.setDaemon(true);
        return t;
    });

    /** Events read so far and poison events skipped (they were dead-lettered when first consumed). */
    private static final class Progress {
        long replayed;
        long skipped;
    }

    /** Starts a rebuild in the background and returns its status; empty if one is running on any instance. */
    public Optional<RebuildStatus> start() {
        Connection session = null;
        try {
            session = dataSource.getConnection();
            if (!RebuildStatusStore.tryLock(session)) {
                session.close();
                return Optional.empty();
            }
            RebuildStatusStore.started(session);
            Connection owned = session;
            runner.execute(() -> run(owned));
            session = null;
            return Optional.of(store.read());
        } catch (SQLException | RuntimeException e) {
            release(session);
            throw new IllegalStateException("cannot start a rebuild: " + e.getMessage(), e);
        }
    }

    /** The whole rebuild, on {@code session}: the connection holding the advisory lock, released at the end. */
    void run(Connection session) {
        Progress progress = new Progress();
        long started = System.nanoTime();
        long deadline = started + config.timeout().toNanos();
        List<String> topics = Topics.recordTopics();
        try (TopicReplay replay = new TopicReplay(kafkaConfig, topics, config.batchSize())) {
            session.setAutoCommit(false);
            ShadowTables.reset(session);
            session.commit();
            replay.assignAll();
            // the message log and record states only; the sums are computed from the states once, at the end
            drain(session, replay, ProjectionWriter.REPLAY, replay.endOffsets(), progress, deadline, true);
            drain(session, replay, ProjectionWriter.REPLAY, replay.endOffsets(), progress, deadline, true);
            long summing = System.nanoTime();
            ProjectionWriter.SHADOW.deriveSums(session);
            session.commit();
            LOG.infof("rebuild replayed %d events in %d ms and summed them in %d ms; locking the live projections for the "
                    + "last ones", progress.replayed, (summing - started) / 1_000_000, (System.nanoTime() - summing) / 1_000_000);
            long locked = System.nanoTime();
            ShadowTables.lockLive(session);
            replay.assignAll();
            drain(session, replay, ProjectionWriter.SHADOW, replay.endOffsets(), progress, deadline, false);
            ShadowTables.copyIntoLive(session);
            List<String> zones = catalogue.all().stream().map(Zone::id).toList();
            notifications.announce(session, zones);
            RebuildStatusStore.finished(session, RebuildStatus.SUCCEEDED, progress.replayed, progress.skipped, null);
            session.commit();
            LOG.infof("rebuild done: %d events replayed, %d poison events skipped; the live projections were locked %d ms",
                    progress.replayed, progress.skipped, (System.nanoTime() - locked) / 1_000_000);
            live.publish(zones);
            emptyShadow(session);
        } catch (Exception e) {
            LOG.error("rebuild failed; the live projections are unchanged", e);
            try {
                session.rollback();
                RebuildStatusStore.finished(session, RebuildStatus.FAILED, progress.replayed, progress.skipped,
                        e.toString());
                session.commit();
            } catch (SQLException | RuntimeException again) {
                LOG.warnf("cannot record the failed rebuild: %s", again.getMessage());
            }
        } finally {
            release(session);
        }
    }

    /** Frees the shadow tables' space once the live ones hold the result (a failure here changes nothing). */
    private static void emptyShadow(Connection session) {
        try {
            ShadowTables.clear(session);
            session.commit();
        } catch (SQLException e) {
            LOG.warnf("the shadow tables stay filled until the next rebuild: %s", e.getMessage());
        }
    }

    /**
     * Applies events to the shadow tables until every partition reached {@code targets}, committing after each
     * poll or, under the lock, not at all (the caller's transaction goes on).
     */
    private void drain(Connection session, TopicReplay replay, ProjectionWriter writer, Map<TopicPartition, Long> targets,
            Progress progress, long deadline, boolean commitEachPoll) throws SQLException {
        while (!replay.reached(targets)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("rebuild did not finish within " + config.timeout());
            }
            List<IncomingEvent> events = new ArrayList<>();
            for (ConsumerRecord<String, String> r : replay.poll()) {
                try {
                    events.add(parser.parse(r.topic(), EventParser.header(r.headers(), CloudEventHeaders.ID),
                            EventParser.header(r.headers(), CloudEventHeaders.TYPE), r.value()));
                    progress.replayed++;
                } catch (PoisonEventException e) {
                    progress.skipped++;
                }
            }
            writer.apply(session, events);
            RebuildStatusStore.progress(session, progress.replayed, progress.skipped);
            if (commitEachPoll) {
                session.commit();
            }
        }
    }

    private static void release(Connection session) {
        if (session == null) {
            return;
        }
        try (session) {
            if (!session.getAutoCommit()) {
                session.rollback();
                session.setAutoCommit(true);
            }
            RebuildStatusStore.unlock(session);
        } catch (SQLException e) {
            LOG.warnf("closing the rebuild session: %s", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
