package az.industry.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts a service's built Quarkus jar as its own JVM, pointed at a Kafka broker and a PostgreSQL database. */
public final class ServiceLauncher {

    /**
     * Memory of each service JVM, so that it stays within 256 MB of RSS under load: a small heap (the services
     * keep nothing big in memory; the database has the data), a bounded metaspace, small thread stacks and the
     * serial collector (no GC threads, least overhead on two cores). The code cache keeps its default size: a
     * 64 MB one made the JVM flush compiled code it still needed and recompile it, costing a C2 thread's whole
     * core under load (and a write service about 5 ms of CPU per record).
     */
    static final List<String> MEMORY = List.of("-Xms32m", "-Xmx128m", "-XX:MaxMetaspaceSize=128m",
            "-XX:MaxDirectMemorySize=32m", "-Xss512k", "-XX:+UseSerialGC");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceLauncher() {
    }

    /** {@code <home>/<module>/target/quarkus-app/quarkus-run.jar}. */
    public static Path jar(Path home, ServiceSpec spec) {
        return home.resolve(spec.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * Starts {@code spec} on {@code port} ({@code kafka} and {@code jdbcUrl} null for the web app, which has neither);
     * {@code extraEnv} adds or overrides configuration (e.g. the JWT key).
     * The process outlives this JVM unless stopped.
     */
    public static Process start(Path home, ServiceSpec spec, int port, String kafka, String jdbcUrl,
            Map<String, String> extraEnv, Path log, boolean detached) {
        Path jar = jar(home, spec);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing; build with ./mvnw package");
        }
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        if (kafka != null) {
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        }
        if (jdbcUrl != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
            env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        }
        env.put("MALLOC_ARENA_MAX", "2"); // glibc's per-thread malloc arenas otherwise add tens of MB of RSS
        env.putAll(extraEnv);
        List<String> jvm = new ArrayList<>(MEMORY);
        jvm.add("-Dplatform.service=" + spec.name());
        return JavaProcess.start(jvm, List.of("-jar", jar.toString()), env, home, log, detached);
    }

    /** Whether {@code http://127.0.0.1:port/q/health/ready} answers 200. */
    public static boolean ready(int port) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the service on {@code port} is ready; fails early if its process died. */
    public static void awaitReady(String name, int port, ProcessHandle process, Duration timeout, Path log) {
        Wait.until(name + " to be ready on port " + port, timeout, Duration.ofMillis(250), () -> {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(name + " exited during start; see " + log);
            }
            return ready(port);
        });
    }
}
