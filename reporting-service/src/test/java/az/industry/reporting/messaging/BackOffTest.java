package az.industry.reporting.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The consumer's pauses between attempts at a batch the database refused: doubling from 200 ms, never above 10 s. */
class BackOffTest {

    @Test
    void pausesDoubleUpToTenSecondsAndStayThere() {
        List<Long> millis = new ArrayList<>();
        Duration pause = RecordEventsConsumer.FIRST_BACK_OFF;
        for (int i = 0; i < 10; i++) {
            millis.add(pause.toMillis());
            pause = RecordEventsConsumer.nextBackOff(pause);
        }
        assertEquals(List.of(200L, 400L, 800L, 1600L, 3200L, 6400L, 10000L, 10000L, 10000L, 10000L), millis);
    }
}
