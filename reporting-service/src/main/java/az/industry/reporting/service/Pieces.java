package az.industry.reporting.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a date window into pieces, each read from the summed table of one grain: whole years from the yearly
 * table, whole months from the monthly one, the days left at either end from the daily one, so a report reads a
 * few rows per year of history instead of one per day. A window's totals may also be read as everything (the
 * overall table) minus the days outside the window, when that is less to read ("up to 31 March 2025": everything
 * minus nine months).
 */
final class Pieces {

    /**
     * Rows of the table of {@code grain} whose period starts within {@code from..to} (null: unbounded; both null for
     * {@link Grain#ALL}), added ({@code sign} 1) or taken away (-1).
     */
    record Piece(Grain grain, LocalDate from, LocalDate to, int sign) {
    }

    private Pieces() {
    }

    /**
     * Pieces adding up to exactly the days {@code from..to} (null: unbounded), none coarser than {@code coarsest}:
     * {@link Grain#ALL} only for an unbounded window.
     */
    static List<Piece> cover(LocalDate from, LocalDate to, Grain coarsest) {
        List<Piece> out = new ArrayList<>();
        if (from == null && to == null && coarsest == Grain.ALL) {
            out.add(new Piece(Grain.ALL, null, null, 1));
        } else {
            cover(from, to, coarsest == Grain.ALL ? Grain.YEAR : coarsest, 1, out);
        }
        return out;
    }

    /**
     * Pieces adding up to the totals of {@code from..to}: the cover of the window, or everything minus the cover of
     * the days outside it, whichever spans fewer periods holding data ({@code first..last}: the days with data,
     * null when there are none).
     */
    static List<Piece> totals(LocalDate from, LocalDate to, LocalDate first, LocalDate last) {
        List<Piece> direct = cover(from, to, Grain.ALL);
        if (first == null || last == null || (from == null && to == null)) {
            return direct;
        }
        List<Piece> outside = new ArrayList<>();
        outside.add(new Piece(Grain.ALL, null, null, 1));
        if (from != null) {
            cover(null, from.minusDays(1), Grain.YEAR, -1, outside);
        }
        if (to != null) {
            cover(to.plusDays(1), null, Grain.YEAR, -1, outside);
        }
        return periods(outside, first, last) < periods(direct, first, last) ? outside : direct;
    }

    /** How many periods of data within {@code first..last} the pieces read (the overall table counting one). */
    static long periods(List<Piece> pieces, LocalDate first, LocalDate last) {
        long n = 0;
        for (Piece p : pieces) {
            if (p.grain() == Grain.ALL) {
                n++;
                continue;
            }
            LocalDate a = p.from() == null || p.from().isBefore(first) ? p.grain().start(first) : p.from();
            LocalDate b = p.to() == null || p.to().isAfter(last) ? last : p.to();
            if (a.isAfter(b)) {
                continue;
            }
            ChronoUnit unit = switch (p.grain()) {
                case DAY -> ChronoUnit.DAYS;
                case MONTH -> ChronoUnit.MONTHS;
                default -> ChronoUnit.YEARS;
            };
            n += unit.between(p.grain().start(a), p.grain().start(b)) + 1;
        }
        return n;
    }

    private static void cover(LocalDate from, LocalDate to, Grain grain, int sign, List<Piece> out) {
        if (from != null && to != null && from.isAfter(to)) {
            return;
        }
        if (grain == Grain.DAY) {
            out.add(new Piece(Grain.DAY, from, to, sign));
            return;
        }
        // the whole periods within from..to start in first..(end - 1 day)
        LocalDate first = from == null || grain.start(from).equals(from) ? from : grain.next(grain.start(from));
        LocalDate end = to == null ? null : grain.next(grain.start(to)).equals(to.plusDays(1)) ? to.plusDays(1) : grain.start(to);
        if (first != null && end != null && !first.isBefore(end)) {
            cover(from, to, grain.finer(), sign, out); // no whole period inside
            return;
        }
        if (from != null && !first.equals(from)) {
            cover(from, first.minusDays(1), grain.finer(), sign, out);
        }
        out.add(new Piece(grain, first, end == null ? null : grain.start(end.minusDays(1)), sign));
        if (to != null && !end.equals(to.plusDays(1))) {
            cover(end, to, grain.finer(), sign, out);
        }
    }
}
