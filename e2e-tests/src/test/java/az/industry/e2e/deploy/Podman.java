package az.industry.e2e.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Podman from the tests: whether it can run containers here, commands run with deploy/images/containers.conf (runc,
 * explicit rlimits) and their output kept in a log, and a compose container's name, pid, restarts and health.
 */
final class Podman {

    static final Path CONTAINERS_CONF = ComposeStackTest.HOME.resolve("deploy/images/containers.conf");

    /** What a command did: its exit code (-1 when it timed out) and the file holding its output. */
    record Result(int exitCode, Path log, String output) {
    }

    private Podman() {
    }

    /** Why containers cannot run on this machine, or null when they can. */
    static String cannotRun() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return "not Linux";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return "needs root (rootful podman, debootstrap)";
        }
        for (String tool : List.of("podman", "podman-compose", "debootstrap")) {
            if (!onPath(tool)) {
                return tool + " is not installed (Debian: apt-get install podman runc podman-compose debootstrap)";
            }
        }
        try {
            Result info = run(List.of("podman", "info", "--format", "{{.Host.OCIRuntime.Name}}"), Map.of(),
                    Files.createTempDirectory("podman-info"), "info", Duration.ofMinutes(1));
            if (info.exitCode() != 0) {
                return "podman info failed: " + info.output().strip();
            }
        } catch (IOException e) {
            return "podman does not start: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return null;
    }

    /** Runs {@code command} with {@code env} added (and CONTAINERS_CONF), its output in {@code dir/name.log}. */
    static Result run(List<String> command, Map<String, String> env, Path dir, String name, Duration timeout)
            throws IOException, InterruptedException {
        Path log = dir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().putIfAbsent("CONTAINERS_CONF", CONTAINERS_CONF.toString());
        Process process = builder.start();
        int exit = -1;
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            exit = process.exitValue();
        } else {
            process.destroyForcibly().waitFor();
        }
        return new Result(exit, log, Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The container of compose service {@code service} in project {@code project}. */
    static String container(String project, String service) throws IOException, InterruptedException {
        String names = podman("ps", "--filter", "label=com.docker.compose.project=" + project, "--filter",
                "label=com.docker.compose.service=" + service, "--format", "{{.Names}}").strip();
        if (names.isEmpty() || names.contains("\n")) {
            throw new IllegalStateException("expected one container of " + service + " in " + project + ": '" + names + "'");
        }
        return names;
    }

    /** The host pid of the container's main process (0 when it is not running). */
    static long pid(String container) throws IOException, InterruptedException {
        return Long.parseLong(podman("inspect", "--format", "{{.State.Pid}}", container).strip());
    }

    static long restartCount(String container) throws IOException, InterruptedException {
        return Long.parseLong(podman("inspect", "--format", "{{.RestartCount}}", container).strip());
    }

    /** Runs the container's own health check (the compose file's), as no systemd timer does it here. */
    static boolean healthy(String container) throws IOException, InterruptedException {
        Process check = command(List.of("podman", "healthcheck", "run", container)).start();
        check.getInputStream().readAllBytes();
        return check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0;
    }

    private static String podman(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(List.of(arguments));
        Process process = command(command).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(command + " failed: " + output);
        }
        return output;
    }

    private static ProcessBuilder command(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putIfAbsent("CONTAINERS_CONF", CONTAINERS_CONF.toString());
        return builder;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", tool)) || Files.isExecutable(Path.of("/sbin", tool));
    }
}
