package az.industry.recording.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The relay's pause between attempts while Kafka is unreachable: 100 ms, doubling, capped. */
class RelayBackoffTest {

    @Test
    void thePauseDoublesFromATenthOfASecondUpToTheCap() {
        List<Long> pauses = new ArrayList<>();
        Duration pause = OutboxRelay.FIRST_BACKOFF;
        for (int attempt = 0; attempt < 9; attempt++) {
            pauses.add(pause.toMillis());
            pause = OutboxRelay.nextBackoff(pause, Duration.ofSeconds(5));
        }
        assertEquals(List.of(100L, 200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L, 5000L), pauses);
    }

    @Test
    void aCapBelowTheNextDoublingIsTakenAsIs() {
        assertEquals(Duration.ofMillis(150), OutboxRelay.nextBackoff(Duration.ofMillis(100), Duration.ofMillis(150)));
    }
}
