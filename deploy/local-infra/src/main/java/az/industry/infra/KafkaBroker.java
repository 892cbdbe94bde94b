package az.industry.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import az.industry.contracts.event.Topics;

/** A real Apache Kafka broker process in KRaft mode (broker and controller, one node) in its own JVM, on Maven's kafka_2.13 classpath. */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";

    private final Process process;
    private final int port;

    private KafkaBroker(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Formats {@code dataDir} if it is new, starts the broker listening on {@code 127.0.0.1:port} (controller
     * on {@code controllerPort}), and returns once it answers admin requests.
     */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort, Duration timeout) {
        return start(dataDir, port, controllerPort, timeout, false);
    }

    /** As {@link #start(Path, int, int, Duration)}; {@code detached} puts the broker in a session of its own. */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort, Duration timeout, boolean detached) {
        try {
            Files.createDirectories(dataDir);
            Path logDir = dataDir.resolve("log");
            Path config = writeConfig(dataDir, logDir, port, controllerPort);
            Path log4j = writeLog4j(dataDir);
            List<String> jvm = jvmArgs(log4j);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                JavaProcess.run(jvm, List.of("kafka.tools.StorageTool", "format", "--ignore-formatted",
                        "--cluster-id=" + newClusterId(), "--config=" + config), dataDir, dataDir.resolve("format.log"));
            }
            List<String> brokerJvm = new ArrayList<>(jvm);
            brokerJvm.add(0, "-Xmx512m");
            brokerJvm.add(0, "-Xms128m");
            Process process = JavaProcess.start(brokerJvm, List.of("kafka.Kafka", config.toString()), Map.of(),
                    dataDir, dataDir.resolve("kafka.log"), detached);
            KafkaBroker broker = new KafkaBroker(process, port);
            broker.awaitReady(timeout);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return Ports.LOOPBACK + ":" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Creates each topic with its partition count on this broker, leaving existing ones as they are. */
    public void createTopics(Map<String, Integer> partitionsByTopic) {
        KafkaAdmin.createTopics(bootstrapServers(), partitionsByTopic);
    }

    /** Creates topics on any broker: {@link KafkaAdmin#createTopics(String, Map)}, kept here for the broker's callers. */
    public static void createTopics(String bootstrapServers, Map<String, Integer> partitionsByTopic) {
        KafkaAdmin.createTopics(bootstrapServers, partitionsByTopic);
    }

    @Override
    public void close() {
        JavaProcess.stop(process.toHandle(), Duration.ofSeconds(30));
    }

    private void awaitReady(Duration timeout) {
        Wait.until("Kafka on " + bootstrapServers(), timeout, Duration.ofMillis(200), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue()
                        + "; see its log in the data directory");
            }
            return KafkaAdmin.answers(bootstrapServers());
        });
    }

    /** Whether a broker at {@code bootstrapServers} answers: {@link KafkaAdmin#answers(String)}, kept here for the broker's callers. */
    public static boolean answers(String bootstrapServers) {
        return KafkaAdmin.answers(bootstrapServers);
    }

    private static List<String> jvmArgs(Path log4j) {
        return new ArrayList<>(List.of(
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + log4j.toUri(),
                "-cp", brokerClasspath()));
    }

    /** The broker's classpath, resolved by Maven at build time and stored beside this class. */
    static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + CLASSPATH_RESOURCE + "; build local-infra with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writeConfig(Path dataDir, Path logDir, int port, int controllerPort) throws IOException {
        String config = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir.toAbsolutePath(),
                "num.partitions=" + Topics.DEFAULT_PARTITIONS,
                "auto.create.topics.enable=false",
                // the record topics are the event store: reporting's rebuild replays them from the start, so
                // nothing may age out (Kafka's default would delete events after 7 days)
                "log.retention.ms=-1",
                // one broker: every internal topic must have replication factor 1, or consumers get nothing
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=4",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.cleaner.dedupe.buffer.size=4194304",
                "") ;
        Path file = dataDir.resolve("server.properties");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file;
    }

    private static Path writeLog4j(Path dataDir) throws IOException {
        String config = String.join("\n",
                "status = warn",
                "appender.out.type = Console",
                "appender.out.name = OUT",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = WARN",
                "rootLogger.appenderRef.out.ref = OUT",
                "logger.server.name = kafka.server.KafkaRaftServer",
                "logger.server.level = INFO",
                "");
        Path file = dataDir.resolve("log4j2.properties");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file;
    }

    /** A KRaft cluster id: 16 random bytes, URL-safe base64 without padding (as Kafka's Uuid prints). */
    static String newClusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do { // like Kafka's Uuid: never one that starts with '-', which a command line would take for an option
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }
}
