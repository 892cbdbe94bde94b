package az.industry.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** KRaft cluster ids are 22 URL-safe base64 characters and never look like a command-line option. */
class KafkaBrokerIdTest {

    @Test
    void clusterIdsNeverStartWithADash() {
        for (int i = 0; i < 20_000; i++) {
            String id = KafkaBroker.newClusterId();
            assertEquals(22, id.length());
            assertFalse(id.startsWith("-"), id);
        }
    }
}
