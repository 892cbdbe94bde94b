package az.industry.reporting.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import az.industry.contracts.event.Topics;

/** Reporting's channels take their topics from Topics, below the files and the environment that may override them. */
class TopicsConfigSourceTest {

    private final TopicsConfigSource source = new TopicsConfigSource();

    @Test
    void theConsumerReadsTheThreeRecordTopicsAndDeadLettersGoToTheirOwn() {
        assertEquals(Topics.INVESTMENTS + "," + Topics.PRODUCTION + "," + Topics.EXPORTS,
                source.getValue("mp.messaging.incoming.records.topics"));
        assertEquals(Topics.REPORTING_DEAD_LETTER, source.getValue("mp.messaging.outgoing.dead-letters.topic"));
        assertEquals(source.getPropertyNames(), source.getProperties().keySet());
    }

    @Test
    void applicationPropertiesAndTheEnvironmentStillWin() {
        assertTrue(source.getOrdinal() < 250, "below application.properties (250) and the environment (300)");
    }
}
