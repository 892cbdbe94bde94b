package az.industry.infra.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import az.industry.contracts.event.Topics;
import az.industry.infra.KafkaAdmin;

/** The reporting consumer group's lag: events on the record topics not yet committed by it. */
final class ConsumerLag implements AutoCloseable {

    static final String GROUP = "reporting-service";
    private final Admin admin;

    ConsumerLag(String bootstrapServers) {
        admin = KafkaAdmin.client(bootstrapServers);
    }

    /** End offsets minus committed offsets, summed over every partition of the three record topics. */
    long now() throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(Topics.INVESTMENTS, Topics.PRODUCTION, Topics.EXPORTS)).allTopicNames()
                .get(10, TimeUnit.SECONDS).values().forEach(t -> t.partitions()
                        .forEach(p -> latest.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (var e : admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            lag += e.getValue().offset() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    @Override
    public void close() {
        admin.close();
    }
}
