package az.industry.infra.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.sun.management.OperatingSystemMXBean;

/** Measures, between {@link #start()} and {@link #stop()}, the share of the machine's cores this JVM used and the machine's busy share. */
final class CpuMeter {

    /** What one interval cost: this JVM's CPU time and the machine's busy time, each as a share of wall time × cores. */
    record Share(double self, double machine) {

        /** "bench JVM 12 % of 2 cores (machine busy 97 %)". */
        String describe() {
            return String.format(Locale.ROOT, "load generator (this JVM) %.0f %% of %d cores; machine busy %s",
                    self * 100, CORES, machine < 0 ? "n/a" : Math.round(machine * 100) + " %");
        }
    }

    static final int CORES = Runtime.getRuntime().availableProcessors();
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long wallStart;
    private long cpuStart;
    private long[] machineStart;

    CpuMeter start() {
        wallStart = System.nanoTime();
        cpuStart = os.getProcessCpuTime();
        machineStart = procStat();
        return this;
    }

    Share stop() {
        double wall = System.nanoTime() - wallStart;
        double self = (os.getProcessCpuTime() - cpuStart) / wall / CORES;
        long[] now = procStat();
        double machine = -1;
        if (machineStart != null && now != null && now[0] > machineStart[0]) {
            machine = (double) (now[1] - machineStart[1]) / (now[0] - machineStart[0]);
        }
        return new Share(self, machine);
    }

    /** {total, busy} jiffies of all cores from {@code /proc/stat}, or null where there is none. */
    private static long[] procStat() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle + iowait
            return new long[] { total, total - idle };
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
