package az.industry.reporting.live;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import az.industry.reporting.view.ReportViews.LiveUpdate;
import az.industry.reporting.service.ProjectionHandler.BatchApplied;
import az.industry.reporting.service.ReportQueries;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Pushes the national totals to every live-feed subscriber: the current totals when it connects, then once
 * after each committed batch that changed them, with the zones it changed. One thread sends, in commit order.
 */
@ApplicationScoped
public class LiveTotals {

    /** Updates a slow subscriber may fall behind by before its stream fails (a client then reconnects). */
    static final int BUFFER = 1024;
    private static final Logger LOG = Logger.getLogger(LiveTotals.class);

    @Inject
    ReportQueries queries;

    private final Set<MultiEmitter<? super LiveUpdate>> subscribers = new CopyOnWriteArraySet<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "live-totals");
        t.setDaemon(true);
        return t;
    });

    /** A subscriber's stream: the current totals first, then every change. */
    public Multi<LiveUpdate> subscribe() {
        return Multi.createFrom().<LiveUpdate>emitter(emitter -> {
            emitter.onTermination(() -> subscribers.remove(emitter));
            // on the sending thread, so no change committed after this snapshot can be missed or sent before it
            sender.execute(() -> {
                try {
                    emitter.emit(new LiveUpdate(queries.national(null, null), List.of()));
                    subscribers.add(emitter);
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            });
        }, BackPressureStrategy.ERROR).onOverflow().buffer(BUFFER);
    }

    void onBatch(@Observes(during = TransactionPhase.AFTER_SUCCESS) BatchApplied batch) {
        if (batch.newEvents() > 0) {
            publish(batch.zones());
        }
    }

    /** Sends the totals as they are now, naming {@code changedZones}, to every subscriber. */
    public void publish(List<String> changedZones) {
        if (subscribers.isEmpty()) {
            return;
        }
        sender.execute(() -> {
            if (subscribers.isEmpty()) {
                return;
            }
            try {
                LiveUpdate update = new LiveUpdate(queries.national(null, null), changedZones);
                subscribers.forEach(s -> s.emit(update));
            } catch (RuntimeException e) {
                LOG.warnf("live totals not sent: %s", e.getMessage());
            }
        });
    }

    /** How many clients are subscribed. */
    public int subscribers() {
        return subscribers.size();
    }

    /** Ends every subscriber's stream; clients reconnect (to this or another instance). */
    public void disconnectAll() {
        subscribers.forEach(MultiEmitter::complete);
    }

    @PreDestroy
    void close() {
        disconnectAll();
        sender.shutdownNow();
    }
}
