package az.industry.infra.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.sun.management.OperatingSystemMXBean;

/** The machine a bench ran on, and when: cores, RAM, OS, Java, date. */
record Machine(int cores, long ramMiB, String os, String javaVersion, String date) {

    static Machine current() {
        long ram = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    os = line.substring(12).replace("\"", "") + ", " + os;
                }
            }
        } catch (IOException e) {
            // no distribution name
        }
        String java = System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        return new Machine(Runtime.getRuntime().availableProcessors(), ram >> 20, os, java, date);
    }

    /** "2 cores, 23.5 GiB RAM, Debian GNU/Linux 12, Linux 6.1 amd64, Java 17.0.15 (OpenJDK 64-Bit Server VM)". */
    String describe() {
        return String.format(Locale.ROOT, "%d cores, %.1f GiB RAM, %s, Java %s", cores, ramMiB / 1024.0, os, javaVersion);
    }
}
