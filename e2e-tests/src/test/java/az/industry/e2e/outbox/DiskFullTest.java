package az.industry.e2e.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import az.industry.e2e.E2eKeys;
import az.industry.e2e.Http;
import az.industry.infra.Ports;
import az.industry.infra.PostgresServer;
import az.industry.infra.ServiceLauncher;
import az.industry.infra.ServiceSpec;

/**
 * A full disk under the outbox's database: investment-service's tables live in a tablespace on a small tmpfs
 * that is then filled. Every write is answered 201 or a clear 503 problem+json (never a 500), nothing is
 * half-written (each row has its outbox event and idempotency key, no more), and once space is freed the
 * refused writes go through when sent again with their keys. Needs root (it mounts the tmpfs); skipped otherwise.
 */
class DiskFullTest {

    static final Path HOME = Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize();
    static final ServiceSpec INVESTMENT = ServiceSpec.named("investment");
    static final String BODY = """
            {"zoneId": "garadagh-industrial-park", "investor": "Disk Full LLC", "sector": "METALLURGY",
             "amount": %d.25, "currency": "AZN", "investedOn": "2024-06-01", "jobsCreated": 1,
             "description": "%s"}""";

    Path disk;
    PostgresServer postgres;
    Process service;
    int httpPort;

    @BeforeEach
    void smallDisk() throws Exception {
        disk = Files.createTempDirectory("outbox-disk");
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "skipped: mounting a small tmpfs needs root and the mount command here: "
                + new String(mount.getInputStream().readAllBytes()).strip());
        postgres = PostgresServer.start(null, Ports.free());
        try (Connection c = admin("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLESPACE small_disk LOCATION '" + disk + "'");
            s.execute("CREATE DATABASE " + INVESTMENT.database() + " TABLESPACE small_disk");
        }
        httpPort = Ports.free();
        Path log = disk.resolveSibling(disk.getFileName() + "-investment.log");
        // no broker: the relay keeps retrying and every event stays in the outbox, where this test counts it
        service = ServiceLauncher.start(HOME, INVESTMENT, httpPort, Ports.LOOPBACK + ":" + Ports.free(),
                postgres.jdbcUrl(INVESTMENT.database()), E2eKeys.env(), log, false);
        ServiceLauncher.awaitReady("investment-service", httpPort, service.toHandle(), Duration.ofSeconds(90), log);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (service != null) {
            service.destroyForcibly().waitFor();
        }
        if (postgres != null) {
            postgres.close();
        }
        new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void aFullDiskIsAClear503AndNothingHalfWrittenThenTheSameKeysGoThrough() throws Exception {
        int stored = 0;
        for (int i = 0; i < 3; i++) {
            assertEquals(201, post("before-" + i, i).status());
            stored++;
        }
        Path filler = fill(disk.resolve("filler"));

        List<String> refused = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < 3000 && refused.size() < 20; i++) {
            String key = "full-" + i;
            Http.Response r = post(key, 100 + i);
            if (r.status() == 201) {
                stored++; // room was left in a page already allocated
            } else if (r.status() == 503 && r.contentType().startsWith("application/problem+json")
                    && r.body().get("detail").asText().contains("out of disk space")) {
                refused.add(key);
            } else {
                unexpected.add(r.status() + " " + r.contentType() + " " + r.raw());
            }
        }
        assertEquals(List.of(), unexpected, "every answer is 201 or 503 problem+json saying the disk is full");
        assertEquals(20, refused.size(), "the full disk was reached");
        assertConsistent(stored);

        Files.delete(filler);
        for (String key : refused) {
            Http.Response r = post(key, 100 + Integer.parseInt(key.substring(5)));
            assertEquals(201, r.status(), "space is back: " + r.raw());
            stored++;
        }
        assertConsistent(stored);
        System.out.printf("[disk-full] %d writes refused 503 on a full disk, none 500; %d rows, each with its"
                + " event and key; all refused keys stored once space was back%n", refused.size(), stored);
    }

    /** Exactly {@code stored} investments, as many outbox events (none published: no broker) and keys. */
    private void assertConsistent(int stored) throws Exception {
        try (Connection c = admin(INVESTMENT.database()); Statement s = c.createStatement()) {
            for (String table : List.of("investment", "outbox_event", "idempotency_key")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    assertEquals(stored, rs.getInt(1), table + " rows: one per acknowledged write, none half-written");
                }
            }
        }
    }

    /** Writes zeros to {@code file} until the disk is full. */
    private static Path fill(Path file) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertTrue(String.valueOf(full.getMessage()).contains("No space left"), full.toString());
        }
        return file;
    }

    private Http.Response post(String key, int amount) throws Exception {
        return Http.postJson("http://127.0.0.1:" + httpPort + "/api/investments",
                BODY.formatted(amount, "x".repeat(400)), E2eKeys.token("investment-officer"), Map.of("Idempotency-Key", key));
    }

    private Connection admin(String database) throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl(database), PostgresServer.USER, "");
    }
}
