package az.industry.reporting.messaging;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import az.industry.contracts.event.Topics;

/**
 * Gives reporting's channels their topics from {@link Topics}, so the names are written in one place: the three
 * record topics to the consumer, the dead-letter topic to its producer. At ordinal 100, below application.properties
 * and the environment, either of which may still name others.
 */
public class TopicsConfigSource implements ConfigSource {

    /** The consumer's topics property. */
    static final String RECORD_TOPICS = "mp.messaging.incoming." + RecordEventsConsumer.CHANNEL + ".topics";
    /** The dead-letter producer's topic property. */
    static final String DEAD_LETTER_TOPIC = "mp.messaging.outgoing." + DeadLetters.CHANNEL + ".topic";

    private final Map<String, String> properties = Map.of(RECORD_TOPICS, String.join(",", Topics.recordTopics()),
            DEAD_LETTER_TOPIC, Topics.REPORTING_DEAD_LETTER);

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "topics";
    }

    @Override
    public int getOrdinal() {
        return 100;
    }
}
