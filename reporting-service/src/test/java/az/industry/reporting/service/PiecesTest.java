package az.industry.reporting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import az.industry.reporting.service.Pieces.Piece;

/** Plain unit test (no Quarkus): the pieces of a window add up to exactly its days, whatever the window. */
class PiecesTest {

    static final LocalDate LOW = LocalDate.of(2000, 1, 1);
    static final LocalDate HIGH = LocalDate.of(2012, 12, 31);

    @Test
    void aWindowIsWholeYearsWholeMonthsAndTheDaysLeftAtEitherEnd() {
        assertEquals(List.of(new Piece(Grain.DAY, d("2019-06-15"), d("2019-06-30"), 1),
                new Piece(Grain.MONTH, d("2019-07-01"), d("2019-12-01"), 1),
                new Piece(Grain.YEAR, d("2020-01-01"), d("2020-01-01"), 1),
                new Piece(Grain.MONTH, d("2021-01-01"), d("2021-03-01"), 1)),
                Pieces.cover(d("2019-06-15"), d("2021-03-31"), Grain.ALL));
        assertEquals(List.of(new Piece(Grain.YEAR, d("2024-01-01"), d("2024-01-01"), 1)),
                Pieces.cover(d("2024-01-01"), d("2024-12-31"), Grain.ALL));
        assertEquals(List.of(new Piece(Grain.DAY, d("2024-03-05"), d("2024-03-20"), 1)),
                Pieces.cover(d("2024-03-05"), d("2024-03-20"), Grain.ALL));
        assertEquals(List.of(new Piece(Grain.ALL, null, null, 1)), Pieces.cover(null, null, Grain.ALL));
        assertEquals(List.of(new Piece(Grain.MONTH, null, null, 1)), Pieces.cover(null, null, Grain.MONTH));
        // a monthly series never reads whole years (it needs each month)
        assertEquals(List.of(new Piece(Grain.MONTH, d("2015-01-01"), null, 1)), Pieces.cover(d("2015-01-01"), null, Grain.MONTH));
    }

    @Test
    void upToADateNearTheEndIsEverythingMinusTheMonthsAfterIt() {
        assertEquals(List.of(new Piece(Grain.ALL, null, null, 1), new Piece(Grain.MONTH, d("2025-04-01"), d("2025-12-01"), -1),
                new Piece(Grain.YEAR, d("2026-01-01"), null, -1)),
                Pieces.totals(null, d("2025-03-31"), d("2000-01-01"), d("2025-12-31")));
        // but a year in the middle is read as that year
        assertEquals(List.of(new Piece(Grain.YEAR, d("2024-01-01"), d("2024-01-01"), 1)),
                Pieces.totals(d("2024-01-01"), d("2024-12-31"), d("2000-01-01"), d("2025-12-31")));
    }

    @Test
    void everyWindowIsCoveredExactlyOnce() {
        Random random = new Random(12);
        for (int i = 0; i < 60; i++) { // 60 seeded windows, each checked day by day over LOW..HIGH
            LocalDate from = random.nextInt(5) == 0 ? null : LOW.plusDays(1 + random.nextInt(3_000));
            LocalDate to = random.nextInt(5) == 0 ? null : (from == null ? LOW : from).plusDays(random.nextInt(1_500));
            for (Grain coarsest : Grain.values()) {
                if (coarsest != Grain.DAY || random.nextBoolean()) {
                    List<Piece> pieces = Pieces.cover(from, to, coarsest);
                    assertCovers(from, to, pieces, from + ".." + to + " " + coarsest);
                    assertTrue(pieces.stream().allMatch(p -> p.grain().compareTo(coarsest) <= 0), pieces::toString);
                }
            }
            LocalDate first = LOW.plusDays(random.nextInt(2_000));
            assertCovers(from, to, Pieces.totals(from, to, first, first.plusDays(random.nextInt(2_500))), from + ".." + to);
        }
    }

    /** Each day of LOW..HIGH is counted once by the pieces if it is within from..to, else not at all. */
    private static void assertCovers(LocalDate from, LocalDate to, List<Piece> pieces, String what) {
        for (LocalDate day = LOW; !day.isAfter(HIGH); day = day.plusDays(1)) {
            int n = 0;
            for (Piece p : pieces) {
                LocalDate start = p.grain().start(day);
                boolean in = start == null || ((p.from() == null || !start.isBefore(p.from()))
                        && (p.to() == null || !start.isAfter(p.to())));
                if (in) {
                    n += p.sign();
                }
            }
            boolean inWindow = (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
            LocalDate checked = day;
            assertEquals(inWindow ? 1 : 0, n, () -> what + ": " + checked + " in " + pieces); // the message only on failure
        }
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }
}
