package az.industry.reporting.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import az.industry.contracts.money.Money;
import az.industry.contracts.zone.Sector;
import az.industry.reporting.model.Granularity;
import az.industry.reporting.model.Metric;
import az.industry.reporting.view.ReportViews.TimePoint;

/**
 * Totals of one metric per month, quarter or year, summed from {@code yearly_total}, {@code monthly_total} and
 * {@code daily_total} (see {@link Pieces}), every period from the first
 * to the last with data, each with its growth over the same period a year earlier.
 */
@ApplicationScoped
public class TimeSeriesQueries {

    @Inject
    ReportCache cache;

    /** A series and its filters: what a cached answer is kept under. */
    private record Key(Metric metric, Granularity granularity, String zoneId, Sector sector, LocalDate from, LocalDate to) {
    }

    /** The sum and record count of one period. */
    private record Sum(BigDecimal azn, long count) {
        static final Sum NONE = new Sum(Money.ZERO, 0);
    }

    /**
     * The series of {@code metric}, optionally of one zone and/or sector, over records dated within
     * {@code from..to}. A period's growth compares it with the same period a year earlier taken over the same
     * window a year earlier ({@code from}-1y..{@code to}-1y), so a window cutting a period compares like with like.
     */
    public List<TimePoint> series(Metric metric, Granularity granularity, String zoneId, Sector sector, LocalDate from,
            LocalDate to) {
        return cache.read(new Key(metric, granularity, zoneId, sector, from, to), c -> {
            Map<LocalDate, Sum> current = sums(c, metric, granularity, zoneId, sector, from, to);
            Map<LocalDate, Sum> yearEarlier = from == null && to == null ? current
                    : sums(c, metric, granularity, zoneId, sector, yearBefore(from), yearBefore(to));
            LocalDate first = null;
            LocalDate last = null;
            for (Map.Entry<LocalDate, Sum> e : current.entrySet()) {
                if (e.getValue().count() > 0) {
                    first = first == null || e.getKey().isBefore(first) ? e.getKey() : first;
                    last = last == null || e.getKey().isAfter(last) ? e.getKey() : last;
                }
            }
            List<TimePoint> out = new ArrayList<>();
            for (LocalDate p = first; p != null && !p.isAfter(last); p = granularity.next(p)) {
                Sum sum = current.getOrDefault(p, Sum.NONE);
                out.add(new TimePoint(granularity.label(p), sum.azn(), Money.usdView(sum.azn()), sum.count(),
                        growth(sum.azn(), yearEarlier.get(p.minusYears(1)))));
            }
            return List.copyOf(out);
        });
    }

    /** (total − earlier) / earlier, half-even to 4 decimals; null when the earlier total is 0 or absent. */
    static BigDecimal growth(BigDecimal total, Sum earlier) {
        if (earlier == null || earlier.azn().signum() == 0) {
            return null;
        }
        return total.subtract(earlier.azn()).divide(earlier.azn(), Money.RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    private static LocalDate yearBefore(LocalDate day) {
        return day == null ? null : day.minusYears(1);
    }

    /**
     * The sum and count per period of {@code granularity} over records dated {@code from..to}: whole years (for a
     * yearly series) and whole months from their sums, the days left at either end from the daily rows.
     */
    private static Map<LocalDate, Sum> sums(Connection c, Metric metric, Granularity granularity, String zoneId,
            Sector sector, LocalDate from, LocalDate to) throws SQLException {
        List<Pieces.Piece> pieces = Pieces.cover(from, to, granularity == Granularity.YEAR ? Grain.YEAR : Grain.MONTH);
        Where where = new Where().and("metric = ?", metric).and("zone_id = ?", zoneId).and("sector = ?", sector);
        Rollups.Sql rows = Rollups.union(SumTable.DAILY, pieces,
                List.of("CAST(date_trunc('" + granularity.name().toLowerCase(Locale.ROOT) + "', day) AS date) AS period"),
                List.of("total_azn", "count"), where.sql(), where.values());
        Map<LocalDate, Sum> sums = new HashMap<>();
        try (PreparedStatement ps = new Rollups.Sql("SELECT period, sum(total_azn), sum(count) FROM (" + rows.sql()
                + ") p GROUP BY 1", rows.params()).prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sums.put(rs.getDate(1).toLocalDate(), new Sum(rs.getBigDecimal(2).setScale(Money.SCALE), rs.getLong(3)));
            }
        }
        return sums;
    }
}
