package az.industry.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import az.industry.infra.KafkaBroker;

/** Where Docker runs, the Testcontainers option gives a broker and a database that answer (skipped without Docker). */
@Tag("integration")
@Testcontainers(disabledWithoutDocker = true)
class ContainersTest {

    @Test
    void containersAnswer() throws Exception {
        String kafka = Containers.kafka();
        assertTrue(KafkaBroker.answers(kafka), "Kafka container answers at " + kafka);
        SharedInfra.Database db = Containers.postgres();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            assertTrue(c.isValid(5));
        }
    }
}
