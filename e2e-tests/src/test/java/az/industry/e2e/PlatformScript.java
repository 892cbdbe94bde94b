package az.industry.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import az.industry.infra.Ports;

/** Runs {@code ./platform} as a user would, on free ports and a private data directory. */
public final class PlatformScript {

    final Path home = Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize();
    final Map<String, String> env = new HashMap<>();
    final Path data;

    public PlatformScript(Path data) {
        this.data = data;
        env.put("PLATFORM_DATA_DIR", data.toString());
        env.put("OIDC_ISSUER", ""); // the local key pair, whatever the shell has; a test sets it with with(...)
        for (String variable : List.of("KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "POSTGRES_PORT", "INVESTMENT_PORT",
                "PRODUCTION_PORT", "EXPORT_PORT", "REPORTING_PORT", "WEB_PORT")) {
            env.put(variable, String.valueOf(Ports.free()));
        }
    }

    /** A token for {@code role} signed with this installation's key (as {@code ./platform token} makes). */
    public String token(String role, String... zones) {
        Path keys = data.resolve("keys");
        az.industry.infra.Jwt.ensureKeyPair(keys);
        return az.industry.infra.Jwt.token(az.industry.infra.Jwt.readPrivateKey(keys.resolve(az.industry.infra.Jwt.PRIVATE_KEY_FILE)),
                az.industry.infra.Jwt.LOCAL_ISSUER, role + "@e2e", List.of(role), List.of(zones), java.time.Duration.ofHours(1));
    }

    /** Sets {@code variable} for every later run, e.g. {@code OIDC_ISSUER}. */
    public PlatformScript with(String variable, String value) {
        env.put(variable, value);
        return this;
    }

    public int port(String variable) {
        return Integer.parseInt(env.get(variable));
    }

    /** Runs {@code ./platform <args>} and returns its exit code; output goes to a log beside the data. */
    public Result run(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(data.getParent(), "platform-" + args[0], ".log");
        ProcessBuilder builder = new ProcessBuilder(concat("bash", home.resolve("platform").toString(), args))
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./platform " + args[0] + " did not finish in 5 minutes");
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    /** The data directory ({@code PLATFORM_DATA_DIR}). */
    public Path dataDir() {
        return data;
    }

    /**
     * Kills {@code part} (kafka, postgres or a service name) with SIGKILL, as a crash would, and waits until it is gone.
     * PostgreSQL's server and every backend go with it (then its holder), so it restarts from its WAL.
     */
    public void kill(String part) throws IOException {
        List<ProcessHandle> victims = new java.util.ArrayList<>();
        if ("postgres".equals(part)) {
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
            ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow(() -> new AssertionError("postgres is not running"));
            server.descendants().forEach(victims::add);
            victims.add(0, server);
        }
        long pid = Long.parseLong(Files.readString(data.resolve("run/" + part + ".pid")).strip());
        victims.add(ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(part + " is not running")));
        victims.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle victim : victims) {
            victim.onExit().join();
        }
    }

    /** Exit code and output of one run. */
    public record Result(int exitCode, String output) {
    }

    private static String[] concat(String a, String b, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = a;
        all[1] = b;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}
