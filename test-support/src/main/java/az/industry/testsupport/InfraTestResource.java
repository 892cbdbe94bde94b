package az.industry.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a Quarkus test at the real Kafka broker and a real PostgreSQL database of this test JVM.
 * Init arg {@code database}: the service's database name (default {@code test}).
 */
public class InfraTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        SharedInfra.Database db = SharedInfra.database(database);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", SharedInfra.kafka());
        config.put("quarkus.datasource.jdbc.url", db.jdbcUrl());
        config.put("quarkus.datasource.username", db.user());
        config.put("quarkus.datasource.password", db.password());
        config.put("mp.jwt.verify.publickey", Tokens.publicKeyPem());
        config.put("mp.jwt.verify.issuer", Tokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // the broker and database live as long as the test JVM, shared by every test class
    }
}
