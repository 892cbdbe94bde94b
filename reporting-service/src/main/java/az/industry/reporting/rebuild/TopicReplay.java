package az.industry.reporting.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every partition of the record topics from the beginning with a plain {@code KafkaConsumer} of its own
 * (assigned, no consumer group, no commits), so the live consumers and their offsets are never touched.
 */
final class TopicReplay implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<String> topics;

    TopicReplay(Map<String, Object> kafkaConfig, List<String> topics, int maxPollRecords) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        this.topics = List.copyOf(topics);
    }

    /** Assigns every partition the topics have now; partitions not assigned before are read from the start. */
    void assignAll() {
        List<TopicPartition> all = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                all.add(new TopicPartition(topic, p.partition()));
            }
        }
        Set<TopicPartition> added = new HashSet<>(all);
        added.removeAll(consumer.assignment());
        consumer.assign(all);
        if (!added.isEmpty()) { // an empty collection would mean every assigned partition
            consumer.seekToBeginning(added);
        }
    }

    /** The end offset of every assigned partition, now. */
    Map<TopicPartition, Long> endOffsets() {
        return consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(30));
    }

    /** Whether every partition has been read up to {@code targets}. */
    boolean reached(Map<TopicPartition, Long> targets) {
        for (Map.Entry<TopicPartition, Long> e : targets.entrySet()) {
            if (consumer.position(e.getKey(), Duration.ofSeconds(30)) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    ConsumerRecords<String, String> poll() {
        return consumer.poll(Duration.ofMillis(500));
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
