package az.industry.infra.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static Latencies of(long... values) {
        Latencies l = new Latencies();
        for (long v : values) {
            l.add(v);
        }
        return l;
    }

    @Test
    void nearestRankPercentiles() {
        Latencies l = new Latencies();
        for (long v = 100; v >= 1; v--) { // added out of order
            l.add(v);
        }
        assertEquals(50, l.percentile(50));
        assertEquals(99, l.percentile(99), "99 % of 100 values is rank 99, not 100");
        assertEquals(100, l.percentile(100));
        assertEquals(1, l.percentile(0.5));
        assertEquals(100, l.max());
        assertEquals(100, l.count());
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        Latencies l = of(10, 20, 30);
        assertEquals(20, l.percentile(50)); // rank ceil(1.5) = 2
        assertEquals(30, l.percentile(99)); // rank ceil(2.97) = 3
        assertEquals(10, l.percentile(33)); // rank ceil(0.99) = 1
        assertEquals(7, of(7).percentile(1));
    }

    @Test
    void noSamplesIsZeroAndBadPercentilesAreRefused() {
        assertEquals(0, new Latencies().percentile(99));
        assertEquals("no samples", new Latencies().summary());
        assertThrows(IllegalArgumentException.class, () -> of(1).percentile(0));
        assertThrows(IllegalArgumentException.class, () -> of(1).percentile(101));
    }

    @Test
    void addingAfterReadingKeepsThePercentilesRight() {
        Latencies l = of(5, 1);
        assertEquals(5, l.percentile(100));
        l.add(3);
        l.add(2_000); // beyond the first array's growth too
        assertEquals(2_000, l.percentile(100));
        assertEquals(2, of(3, 1, 2).percentile(50));
    }

    @Test
    void mergeKeepsEveryValue() {
        Latencies big = new Latencies();
        for (int i = 0; i < 5000; i++) {
            big.add(i);
        }
        Latencies all = Latencies.merge(List.of(of(10_000), big, new Latencies()));
        assertEquals(5001, all.count());
        assertEquals(10_000, all.max());
        assertEquals(2500, all.percentile(50)); // rank ceil(2500.5) = 2501 → value 2500
    }

    @Test
    void summaryInMilliseconds() {
        assertEquals("p50 1.5 ms, p99 250 ms (n=2)", of(1_500_000, 250_000_000).summary());
        assertEquals("1,234", Latencies.ms(1_234_000_000L));
        assertEquals("0.3", Latencies.ms(300_000));
    }
}
