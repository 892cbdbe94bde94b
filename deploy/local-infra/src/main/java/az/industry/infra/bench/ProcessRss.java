package az.industry.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The resident set size (VmRSS) of the services' processes: once at rest, and the maximum sampled every second under load. */
final class ProcessRss implements AutoCloseable {

    private final Map<String, Long> pids;
    private final Map<String, Long> maxKb = new ConcurrentHashMap<>();
    private ScheduledExecutorService sampler;

    /** {@code pids}: service name → pid of its JVM (services without a pid are left out). */
    ProcessRss(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
    }

    /** VmRSS of each process now, in KiB (-1 where it cannot be read). */
    Map<String, Long> now() {
        Map<String, Long> kb = new LinkedHashMap<>();
        pids.forEach((name, pid) -> kb.put(name, rssKb(pid)));
        return kb;
    }

    /** Starts sampling every second until {@link #close()}. */
    ProcessRss startSampling() {
        sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bench-rss");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(() -> now().forEach((name, kb) -> maxKb.merge(name, kb, Math::max)),
                0, 1, TimeUnit.SECONDS);
        return this;
    }

    /** The largest VmRSS sampled so far per process, in KiB. */
    Map<String, Long> max() {
        Map<String, Long> kb = new LinkedHashMap<>();
        pids.keySet().forEach(name -> kb.put(name, maxKb.getOrDefault(name, -1L)));
        return kb;
    }

    @Override
    public void close() {
        if (sampler != null) {
            sampler.shutdownNow();
        }
        now().forEach((name, kb) -> maxKb.merge(name, kb, Math::max));
    }

    /** VmRSS of {@code pid} from {@code /proc/<pid>/status} in KiB, or -1. */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone or not Linux
        }
        return -1;
    }
}
