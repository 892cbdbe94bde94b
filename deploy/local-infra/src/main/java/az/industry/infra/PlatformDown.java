package az.industry.infra;

import static az.industry.infra.CliOutput.say;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** {@code ./platform down}: stops what {@code ./platform} started, last started first, and checks that every port closed. */
final class PlatformDown {

    private final Installation installation;
    private final PidFiles pids;

    PlatformDown(Installation installation, PidFiles pids) {
        this.installation = installation;
        this.pids = pids;
    }

    /** Stops the web app, the services, PostgreSQL and Kafka; fails if a port is still listening afterwards. */
    void run() {
        List<String> order = Installation.parts();
        Collections.reverse(order); // last started first
        for (String part : order) {
            stop(part);
        }
        stopOrphanPostgres();
        List<String> busy = new ArrayList<>();
        for (String part : order) {
            int port = installation.portOf(part);
            try {
                awaitClosed(port);
            } catch (IllegalStateException e) {
                busy.add(part + ":" + port);
            }
        }
        if (!busy.isEmpty()) {
            throw new IllegalStateException("still listening (not started by ./platform?): " + busy);
        }
        System.out.println("Platform is down.");
    }

    /** Stops the four services (not the web app, Kafka or PostgreSQL), each until its port closed. */
    void stopServices() {
        for (int i = ServiceSpec.ALL.size() - 1; i >= 0; i--) {
            ServiceSpec spec = ServiceSpec.ALL.get(i);
            stop(spec.name());
            awaitClosed(installation.servicePort(spec));
        }
    }

    /** Stops {@code part}'s process if its pid file names a live one, and removes the pid file. */
    private void stop(String part) {
        Optional<ProcessHandle> process = pids.read(part).flatMap(ProcessHandle::of);
        if (process.isPresent() && process.get().isAlive()) {
            say(part, "stopping (pid " + process.get().pid() + ")");
            JavaProcess.stop(process.get(), Duration.ofSeconds(40));
        }
        pids.delete(part);
    }

    private static void awaitClosed(int port) {
        Wait.until("port " + port + " to close", Duration.ofSeconds(20), () -> !Ports.listening(port));
    }

    /** If the PostgreSQL holder died without stopping the server, stop the server through its pid file. */
    private void stopOrphanPostgres() {
        Path pidFile = installation.data().resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).ifPresent(h -> {
                say("postgres", "stopping orphaned server (pid " + pid + ")");
                JavaProcess.stop(h, Duration.ofSeconds(30));
            });
        } catch (IOException | RuntimeException e) {
            // no readable pid file: nothing to stop
        }
    }
}
