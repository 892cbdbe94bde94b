package az.industry.infra;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Keeps an embedded PostgreSQL running for {@code ./platform} until SIGTERM stops it cleanly: {@code PostgresHolder <dataDir> <port> <database>...}. */
public final class PostgresHolder {

    private PostgresHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        PostgresServer server = PostgresServer.start(dataDir, port);
        for (int i = 2; i < args.length; i++) {
            server.ensureDatabase(args[i]);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "stop-postgres"));
        System.out.println("PostgreSQL ready on 127.0.0.1:" + port + " (data in " + dataDir + ")");
        stopped.await();
    }
}
