package az.industry.infra.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The soak's verdict on its minutes, and the pacing of its load. */
class SoakTest {

    static Soak.Minute minute(int m, double rate, long rssMib, long fds, long backlog, long lag, long connections) {
        return new Soak.Minute(m, rate, "none", 12.5, Map.of("investment", rssMib * 1024), Map.of("investment", fds), backlog, lag,
                connections);
    }

    static Soak.Minute minute(int m, long rssMib, long fds, long backlog, long lag, long connections) {
        return minute(m, 500, rssMib, fds, backlog, lag, connections);
    }

    @Test
    void theSoakOf2026_12_02WasFlatOnceWarm() {
        // the ten minutes of ./platform bench --soak at 500/s (README): RSS sums, fds, backlog, lag, db connections
        long[][] run = { {108, 968, 212, 0, 539, 12}, {249, 1036, 221, 0, 1172, 12}, {324, 1041, 217, 1, 1126, 12},
                {458, 1057, 217, 0, 1828, 12}, {499, 1081, 226, 5, 1818, 15}, {500, 1086, 222, 10, 1772, 15},
                {500, 1103, 226, 0, 1582, 15}, {500, 1101, 220, 0, 1602, 15}, {500, 1102, 211, 0, 1572, 15},
                {500, 1102, 210, 0, 1557, 14} };
        List<Soak.Minute> minutes = new java.util.ArrayList<>();
        for (int i = 0; i < run.length; i++) {
            minutes.add(minute(i + 1, run[i][0], run[i][1], run[i][2], run[i][3], run[i][4], run[i][5]));
        }
        assertEquals("flat: yes (from minute 5, the first at the full rate, to the last: RSS, open fds and db connections"
                + " within 10 %; backlog under 1000 and lag under 3500 at every minute)", Soak.verdict(minutes, 500));
    }

    @Test
    void figuresThatStayNearTheWarmMinuteAreFlat() {
        String verdict = Soak.verdict(List.of(minute(1, 100, 200, 100, 0, 0, 10), minute(2, 300, 120, 10, 40, 30),
                minute(3, 320, 125, 800, 3000, 31), minute(4, 325, 121, 5, 20, 30)), 500);
        assertTrue(verdict.startsWith("flat: yes (from minute 2"), verdict);
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
    void aBacklogOrLagBeyondItsBoundAtAnyMinuteIsNamed() {
        String verdict = Soak.verdict(List.of(minute(1, 300, 120, 0, 0, 30), minute(2, 300, 120, 1001, 0, 30),
                minute(3, 300, 120, 0, 3501, 30), minute(4, 300, 120, 0, 0, 30)), 500);
        assertEquals("flat: NO (outbox backlog 1001 at minute 2; consumer lag 3501 at minute 3)", verdict);
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
