package az.industry.investment.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import az.industry.investment.rest.InvestmentApi;
import az.industry.recording.outbox.OutboxRelay;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.KafkaProbe;
import az.industry.testsupport.WriteApi;
import az.industry.testsupport.WriteApiTestBase;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The relay under concurrent POSTs: every batch it sends commits (no failed and retried batch, which would
 * publish its events twice), and every record's event is on Kafka exactly once.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "investment"))
class OutboxRelayLoadTest extends WriteApiTestBase {

    static final int CLIENTS = 8;
    static final int POSTS_EACH = 60;

    @Inject
    OutboxRelay relay;

    @Override
    protected WriteApi api() {
        return InvestmentApi.API;
    }

    @Test
    void concurrentPostsArePublishedOnceEachWithoutAFailedBatch() throws Exception {
        long failuresBefore = relay.failureCount();
        String marker = marker();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(() -> {
                    for (int i = 0; i < POSTS_EACH; i++) {
                        ids.add(post(basePath(), null, json(body(marker))).then().statusCode(201).extract().path("id"));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
        assertEquals(CLIENTS * POSTS_EACH, ids.size());
        assertEquals(CLIENTS * POSTS_EACH, rows(marker));
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> db().count("SELECT count(*) FROM outbox_event WHERE payload LIKE ?", "%" + marker + "%") == 0);

        assertEquals(failuresBefore, relay.failureCount(), "relay batches that failed and were sent again");
        try (KafkaProbe probe = new KafkaProbe(topic())) {
            probe.await(Duration.ofSeconds(30), e -> e.value().contains(marker));
            Map<String, Long> eventsPerRecord = probe.all(Duration.ofSeconds(3), e -> ids.contains(e.header("ce_subject")))
                    .stream().collect(Collectors.groupingBy(e -> e.header("ce_subject"), Collectors.counting()));
            assertEquals(ids, eventsPerRecord.keySet(), "every record's event is on Kafka");
            assertEquals(Map.of(), eventsPerRecord.entrySet().stream().filter(e -> e.getValue() != 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "records published more than once");
        }
    }
}
