package az.industry.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Launches JVM child processes with the running JDK (output appended to a log file) and stops them gracefully. */
public final class JavaProcess {

    private JavaProcess() {
    }

    /** The {@code java} executable of the JDK running this code. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts {@code java <jvmArgs> <args>} in {@code workDir}, stdout and stderr appended to {@code log},
     * stdin closed, so the child outlives this JVM if it is not stopped.
     */
    public static Process start(List<String> jvmArgs, List<String> args, Map<String, String> env, Path workDir,
            Path log) {
        return start(jvmArgs, args, env, workDir, log, false);
    }

    /**
     * As {@link #start(List, List, Map, Path, Path)}; {@code detached} runs it in a session of its own (setsid,
     * where the system has it) so that closing the terminal that started it does not stop it.
     */
    public static Process start(List<String> jvmArgs, List<String> args, Map<String, String> env, Path workDir,
            Path log, boolean detached) {
        List<String> command = new ArrayList<>();
        if (detached && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(javaExecutable());
        command.addAll(jvmArgs);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** Runs a JVM to completion and fails if it exits non-zero. */
    public static void run(List<String> jvmArgs, List<String> args, Path workDir, Path log) {
        Process process = start(jvmArgs, args, Map.of(), workDir, log);
        try {
            int code = process.waitFor();
            if (code != 0) {
                throw new IllegalStateException("command " + args + " exited " + code + "; see " + log);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Asks a process to shut down cleanly, forcing it only after {@code grace}. */
    public static void stop(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
