package az.industry.infra;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/** Asks any Kafka broker through the Admin client: whether it answers, its topics and their settings, a consumer group's state. */
public final class KafkaAdmin {

    private KafkaAdmin() {
    }

    /** An Admin client for {@code bootstrapServers} that gives up on a request after 5 s and on a call after 10 s. */
    public static Admin client(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return Admin.create(props);
    }

    /** Whether a broker at {@code bootstrapServers} answers a cluster description. */
    public static boolean answers(String bootstrapServers) {
        if (Arrays.stream(bootstrapServers.split(",")).noneMatch(KafkaAdmin::accepts)) {
            return false; // not listening yet: asking an admin client now would only log connection warnings
        }
        try (Admin admin = client(bootstrapServers)) {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether {@code server} ({@code host:port}, optionally after a {@code PLAINTEXT://}-style prefix) accepts TCP. */
    static boolean accepts(String server) {
        String hostPort = server.trim().replaceFirst("^[A-Za-z_]+://", "");
        int colon = hostPort.lastIndexOf(':');
        try {
            return colon > 0 && Ports.listening(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Creates each topic with its partition count on any broker (replication factor 1, as suits a single local broker), leaving existing ones as they are. */
    public static void createTopics(String bootstrapServers, Map<String, Integer> partitionsByTopic) {
        try (Admin admin = client(bootstrapServers)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = partitionsByTopic.entrySet().stream()
                    .filter(e -> !existing.contains(e.getKey()))
                    .map(e -> new NewTopic(e.getKey(), e.getValue(), (short) 1))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topics " + partitionsByTopic.keySet(), e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics " + partitionsByTopic.keySet(), e);
        }
    }

    /** Deletes {@code topic} if it exists and waits (up to 30 s) until the broker no longer lists it. */
    public static void deleteTopic(String bootstrapServers, String topic) {
        try (Admin admin = client(bootstrapServers)) {
            if (admin.listTopics().names().get().contains(topic)) {
                admin.deleteTopics(List.of(topic)).all().get();
                Wait.until("topic " + topic + " to be deleted", Duration.ofSeconds(30), () -> {
                    try {
                        return !admin.listTopics().names().get().contains(topic);
                    } catch (Exception e) {
                        return false;
                    }
                });
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot delete topic " + topic + ": " + e.getMessage(), e);
        }
    }

    /** The effective {@code retention.ms} of {@code topic} (topic setting or the broker's default). */
    public static long retentionMs(String bootstrapServers, String topic) {
        try (Admin admin = client(bootstrapServers)) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            return Long.parseLong(admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS)
                    .get(resource).get("retention.ms").value());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read retention.ms of " + topic, e);
        }
    }

    /** Whether consumer group {@code groupId} is stable with at least one partition assigned. */
    public static boolean groupStable(String bootstrapServers, String groupId) {
        try (Admin admin = client(bootstrapServers)) {
            ConsumerGroupDescription group = admin
                    .describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId).get(5, TimeUnit.SECONDS);
            return group.groupState() == GroupState.STABLE
                    && group.members().stream().anyMatch(m -> !m.assignment().topicPartitions().isEmpty());
        } catch (Exception e) {
            return false;
        }
    }
}
