package az.industry.recording.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import az.industry.recording.service.GroupCommit;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Micrometer meters of the group commit: {@code records_group_commits_total}, {@code records_group_commit_writes_total}
 * (their ratio is the mean group size) and {@code records_group_commit_waiting}.
 */
@ApplicationScoped
public class GroupCommitMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    GroupCommit groupCommit;

    void register(@Observes StartupEvent event) {
        FunctionCounter.builder("records.group.commits", groupCommit, GroupCommit::groupCount)
                .description("Transactions the group commit committed since start").register(registry);
        FunctionCounter.builder("records.group.commit.writes", groupCommit, GroupCommit::writeCount)
                .description("Single-record POSTs stored through the group commit since start").register(registry);
        Gauge.builder("records.group.commit.waiting", groupCommit, GroupCommit::waiting)
                .description("Single-record POSTs waiting for a committer").register(registry);
    }
}
