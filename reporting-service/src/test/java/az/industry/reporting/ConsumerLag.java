package az.industry.reporting;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

import az.industry.contracts.event.RecordKind;
import az.industry.testsupport.SharedInfra;

/** The reporting consumer group's lag, read with the Kafka admin API: zero once every published event is committed. */
public final class ConsumerLag {

    public static final String GROUP = "reporting-service";

    private ConsumerLag() {
    }

    /** Waits until the group has committed every record of the three topics (commits follow within ~5 s). */
    public static void awaitZero(Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> lag() == 0);
    }

    /** Records published but not yet committed by the group, over all partitions. */
    public static long lag() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> ends = endOffsets(admin);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                lag += e.getValue() - (c == null ? 0 : c.offset());
            }
            return lag;
        }
    }

    /** The end offset of every partition of the three record topics. */
    public static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            for (TopicPartitionInfo p : admin.describeTopics(java.util.List.of(kind.topic())).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(kind.topic()).partitions()) {
                specs.put(new TopicPartition(kind.topic(), p.partition()), OffsetSpec.latest());
            }
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : admin.listOffsets(specs).all()
                .get(10, TimeUnit.SECONDS).entrySet()) {
            ends.put(e.getKey(), e.getValue().offset());
        }
        return ends;
    }

    public static Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfra.kafka());
        return Admin.create(p);
    }
}
