package az.industry.reporting.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import az.industry.contracts.money.Money;
import az.industry.contracts.zone.Sector;
import az.industry.contracts.zone.Zone;
import az.industry.contracts.zone.ZoneCatalogue;
import az.industry.reporting.model.Metric;
import az.industry.reporting.view.ReportViews.DestinationReport;
import az.industry.reporting.view.ReportViews.ExportTotals;
import az.industry.reporting.view.ReportViews.InvestmentTotals;
import az.industry.reporting.view.ReportViews.NationalReport;
import az.industry.reporting.view.ReportViews.SectorReport;
import az.industry.reporting.view.ReportViews.Totals;
import az.industry.reporting.view.ReportViews.ZoneReport;

/**
 * Reads reports from the projection tables (sums over years, months and days, never over raw events), each answer
 * in one snapshot and kept for as long as the projections do not change ({@link ReportCache}).
 */
@ApplicationScoped
public class ReportQueries {

    /** Every metric: lets the summed tables' (metric, day) index find a piece's days. */
    static final String METRICS = "metric IN ('" + String.join("', '", Rollups.metrics()) + "')";

    @Inject
    ReportCache cache;

    @Inject
    ZoneCatalogue catalogue;

    /** Sums of one group (national, a zone or a sector) per metric, plus its distinct destinations. */
    private static final class Group {
        final Map<Metric, long[]> counts = new HashMap<>();
        final Map<Metric, BigDecimal> azn = new HashMap<>();
        long destinations;

        BigDecimal azn(Metric m) {
            return azn.getOrDefault(m, Money.ZERO);
        }

        long count(Metric m) {
            return counts.getOrDefault(m, new long[2])[0];
        }

        long jobs(Metric m) {
            return counts.getOrDefault(m, new long[2])[1];
        }

        InvestmentTotals investment() {
            return InvestmentTotals.of(azn(Metric.INVESTMENT), count(Metric.INVESTMENT), jobs(Metric.INVESTMENT));
        }

        Totals production() {
            return Totals.of(azn(Metric.PRODUCTION), count(Metric.PRODUCTION));
        }

        /** Whether any record of the group counts. */
        boolean counted() {
            return counts.values().stream().anyMatch(c -> c[0] != 0) || destinations > 0;
        }

        ExportTotals exports() {
            return ExportTotals.of(azn(Metric.EXPORTS), count(Metric.EXPORTS), destinations);
        }

        BigDecimal exportShare() {
            return Money.ratio(azn(Metric.EXPORTS), azn(Metric.PRODUCTION));
        }
    }

    /** A report and its filters: what a cached answer is kept under. */
    private record Key(String report, LocalDate from, LocalDate to, String zoneId, Sector sector) {
    }

    public NationalReport national(LocalDate from, LocalDate to) {
        return cache.read(new Key("national", from, to, null, null), c -> {
            Group g = grouped(c, null, null, from, to).getOrDefault("", new Group());
            long applied;
            Instant asOf;
            try (PreparedStatement ps = c.prepareStatement("SELECT events_applied, last_applied_at FROM projection_status WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                applied = rs.getLong(1);
                Timestamp last = rs.getTimestamp(2);
                asOf = last == null ? Instant.now() : last.toInstant();
            }
            return new NationalReport(from, to, g.investment(), g.production(), g.exports(), g.exportShare(), asOf, applied);
        });
    }

    /** Every zone of the catalogue (and any other zone with counted records), in catalogue order. */
    public List<ZoneReport> zones(LocalDate from, LocalDate to, String onlyZone) {
        return cache.read(new Key("zones", from, to, onlyZone, null), c -> {
            Map<String, Group> groups = grouped(c, "zone_id", onlyZone, from, to);
            List<String> ids = new ArrayList<>();
            if (onlyZone != null) {
                ids.add(onlyZone);
            } else {
                catalogue.all().stream().map(Zone::id).forEach(ids::add);
                groups.entrySet().stream().filter(e -> !ids.contains(e.getKey()) && e.getValue().counted())
                        .map(Map.Entry::getKey).sorted().forEach(ids::add);
            }
            List<ZoneReport> out = new ArrayList<>();
            for (String id : ids) {
                Group g = groups.getOrDefault(id, new Group());
                out.add(new ZoneReport(id, g.investment(), g.production(), g.exports(), g.exportShare()));
            }
            return List.copyOf(out);
        });
    }

    /** Every sector, in the contract's order, optionally of one zone. */
    public List<SectorReport> sectors(LocalDate from, LocalDate to, String onlyZone) {
        return cache.read(new Key("sectors", from, to, onlyZone, null), c -> {
            Map<String, Group> groups = grouped(c, "sector", onlyZone, from, to);
            List<SectorReport> out = new ArrayList<>();
            for (Sector s : Sector.values()) {
                Group g = groups.getOrDefault(s.name(), new Group());
                out.add(new SectorReport(s.name(), g.investment(), g.production(), g.exports(), g.exportShare()));
            }
            return List.copyOf(out);
        });
    }

    /** Export totals per destination country, largest first, optionally of one zone and/or sector. */
    public List<DestinationReport> destinations(LocalDate from, LocalDate to, String zoneId, Sector sector) {
        return cache.read(new Key("destinations", from, to, zoneId, sector), c -> {
            Where where = new Where().and("zone_id = ?", zoneId).and("sector = ?", sector);
            Rollups.Sql pieces = Rollups.union(SumTable.DESTINATION, pieces(c, from, to), List.of("country"),
                    List.of("total_azn", "count"), where.sql(), where.values());
            String sql = "SELECT country, sum(total_azn), sum(count) FROM (" + pieces.sql() + ") p "
                    + "GROUP BY country HAVING sum(count) > 0 ORDER BY sum(total_azn) DESC, country";
            List<DestinationReport> out = new ArrayList<>();
            try (PreparedStatement ps = new Rollups.Sql(sql, pieces.params()).prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal azn = rs.getBigDecimal(2).setScale(Money.SCALE);
                    out.add(new DestinationReport(rs.getString(1), azn, Money.usdView(azn), rs.getLong(3)));
                }
            }
            return List.copyOf(out);
        });
    }

    /** The pieces to read for the totals of {@code from..to}: see {@link Pieces#totals}. */
    private static List<Pieces.Piece> pieces(Connection c, LocalDate from, LocalDate to) throws SQLException {
        if (from == null && to == null) {
            return Pieces.cover(null, null, Grain.ALL);
        }
        LocalDate[] extent = Rollups.extent(c);
        return Pieces.totals(from, to, extent[0], extent[1]);
    }

    /** Sums per metric grouped by {@code column} ("" as the key when null), with distinct destinations. */
    private static Map<String, Group> grouped(Connection c, String column, String onlyZone, LocalDate from, LocalDate to)
            throws SQLException {
        String key = (column == null ? "''" : column) + " AS k";
        List<Pieces.Piece> pieces = pieces(c, from, to);
        Where zone = new Where().and("zone_id = ?", onlyZone);
        Map<String, Group> groups = new LinkedHashMap<>();
        Rollups.Sql totals = Rollups.union(SumTable.DAILY, pieces, List.of(key, "metric"),
                List.of("total_azn", "count", "jobs"), METRICS + " AND " + zone.sql(), zone.values());
        try (PreparedStatement ps = new Rollups.Sql("SELECT k, metric, sum(total_azn), sum(count), sum(jobs) FROM ("
                + totals.sql() + ") p GROUP BY 1, 2", totals.params()).prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Group g = groups.computeIfAbsent(rs.getString(1), k -> new Group());
                Metric m = Metric.valueOf(rs.getString(2));
                g.azn.put(m, rs.getBigDecimal(3).setScale(Money.SCALE));
                g.counts.put(m, new long[] { rs.getLong(4), rs.getLong(5) });
            }
        }
        Rollups.Sql shipments = Rollups.union(SumTable.DESTINATION, pieces, List.of(key, "country"), List.of("count"),
                zone.sql(), zone.values());
        try (PreparedStatement ps = new Rollups.Sql("SELECT k, count(*) FROM (SELECT k, country FROM (" + shipments.sql()
                + ") p GROUP BY 1, 2 HAVING sum(count) > 0) t GROUP BY k", shipments.params()).prepare(c);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                groups.computeIfAbsent(rs.getString(1), k -> new Group()).destinations = rs.getLong(2);
            }
        }
        return groups;
    }

}
