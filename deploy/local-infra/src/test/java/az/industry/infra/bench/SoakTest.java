package az.industry.infra.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The soak's verdict on its minutes, and the pacing of its load. */
class SoakTest {

    static Soak.Minute minute(int m, long rssMib, long fds, long backlog, long lag, long connections) {
        return new Soak.Minute(m, 500, "none", 12.5, Map.of("investment", rssMib * 1024), Map.of("investment", fds), backlog, lag,
                connections);
    }

    @Test
    void figuresThatStayNearTheFirstMinuteAreFlat() {
        String verdict = Soak.verdict(List.of(minute(1, 300, 120, 10, 40, 30), minute(2, 320, 125, 800, 900, 31),
                minute(3, 340, 121, 5, 20, 30)), 500);
        assertTrue(verdict.startsWith("flat: yes"), verdict);
    }

    @Test
    void growingMemoryDescriptorsOrConnectionsAreNamed() {
        String verdict = Soak.verdict(List.of(minute(1, 300, 120, 0, 0, 30), minute(2, 360, 200, 0, 0, 60)), 500);
        assertTrue(verdict.startsWith("flat: NO"), verdict);
        assertTrue(verdict.contains("RSS 300 -> 360 MiB"), verdict);
        assertTrue(verdict.contains("open fds 120 -> 200"), verdict);
        assertTrue(verdict.contains("db connections 30 -> 60"), verdict);
    }

    @Test
    void aBacklogOrLagOfMoreThanTwoSecondsOfLoadAtAnyMinuteIsNamed() {
        String verdict = Soak.verdict(List.of(minute(1, 300, 120, 0, 0, 30), minute(2, 300, 120, 1001, 0, 30),
                minute(3, 300, 120, 0, 1500, 30), minute(4, 300, 120, 0, 0, 30)), 500);
        assertEquals("flat: NO (outbox backlog 1001 at minute 2; consumer lag 1500 at minute 3)", verdict);
    }

    @Test
    void pacedWorkIssuesNoFasterThanItsRate() {
        int[] issued = {0};
        long start = System.nanoTime();
        LoadGenerator.Work work = LoadGenerator.paced(200, w -> {
            issued[0]++;
            return null;
        });
        for (int i = 0; i < 21; i++) {
            work.next(0);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(21, issued[0]);
        assertTrue(seconds >= 0.099, "21 requests at 200/s span at least 100 ms: " + seconds);
    }
}
