package az.industry.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code ./platform status}: whether each part listens (Kafka, PostgreSQL) or answers ready (the services), with port and pid. */
final class PlatformStatus {

    private final Installation installation;
    private final PidFiles pids;

    PlatformStatus(Installation installation, PidFiles pids) {
        this.installation = installation;
        this.pids = pids;
    }

    /** Prints a line per part; whether every part is up. */
    boolean run() {
        boolean allUp = true;
        for (String part : Installation.parts()) {
            int port = installation.portOf(part);
            boolean up = part.equals("kafka") || part.equals("postgres") ? Ports.listening(port) : ServiceLauncher.ready(port);
            String pid = pids.alive(part).map(p -> " pid " + p).orElse("");
            System.out.printf("%-11s %-5s port %d%s%n", part, up ? "up" : "down", port, pid);
            allUp &= up;
        }
        return allUp;
    }

    /** The pid of each service's JVM (reporting and the three write services) from its pid file, where it runs. */
    Map<String, Long> servicePids() {
        Map<String, Long> running = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            pids.alive(spec.name()).ifPresent(p -> running.put(spec.name(), p));
        }
        return running;
    }
}
