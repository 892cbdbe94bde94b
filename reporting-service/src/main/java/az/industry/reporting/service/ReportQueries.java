package az.industry.reporting.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
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

import javax.sql.DataSource;

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

/** Reads reports from the projection tables: sums over days, never over raw events. */
@ApplicationScoped
public class ReportQueries {

    private static final String DAY_FILTER = " (CAST(? AS date) IS NULL OR day >= ?) AND (CAST(? AS date) IS NULL OR day <= ?) ";

    @Inject
    DataSource dataSource;

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

        ExportTotals exports() {
            return ExportTotals.of(azn(Metric.EXPORTS), count(Metric.EXPORTS), destinations);
        }

        BigDecimal exportShare() {
            return Money.ratio(azn(Metric.EXPORTS), azn(Metric.PRODUCTION));
        }
    }

    public NationalReport national(LocalDate from, LocalDate to) {
        try (Connection c = dataSource.getConnection()) {
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
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every zone of the catalogue (and any other zone with data), in catalogue order. */
    public List<ZoneReport> zones(LocalDate from, LocalDate to, String onlyZone) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Group> groups = grouped(c, "zone_id", onlyZone, from, to);
            List<String> ids = new ArrayList<>();
            if (onlyZone != null) {
                ids.add(onlyZone);
            } else {
                catalogue.all().stream().map(Zone::id).forEach(ids::add);
                groups.keySet().stream().filter(id -> !ids.contains(id)).sorted().forEach(ids::add);
            }
            List<ZoneReport> out = new ArrayList<>();
            for (String id : ids) {
                Group g = groups.getOrDefault(id, new Group());
                out.add(new ZoneReport(id, g.investment(), g.production(), g.exports(), g.exportShare()));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every sector, in the contract's order, optionally of one zone. */
    public List<SectorReport> sectors(LocalDate from, LocalDate to, String onlyZone) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Group> groups = grouped(c, "sector", onlyZone, from, to);
            List<SectorReport> out = new ArrayList<>();
            for (Sector s : Sector.values()) {
                Group g = groups.getOrDefault(s.name(), new Group());
                out.add(new SectorReport(s.name(), g.investment(), g.production(), g.exports(), g.exportShare()));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Export totals per destination country, largest first, optionally of one zone and/or sector. */
    public List<DestinationReport> destinations(LocalDate from, LocalDate to, String zoneId, Sector sector) {
        String sql = "SELECT country, sum(total_azn), sum(count) FROM destination_total WHERE" + DAY_FILTER
                + (zoneId == null ? "" : " AND zone_id = ?") + (sector == null ? "" : " AND sector = ?")
                + " GROUP BY country HAVING sum(count) > 0 ORDER BY sum(total_azn) DESC, country";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindDays(ps, 1, from, to);
            if (zoneId != null) {
                ps.setString(i++, zoneId);
            }
            if (sector != null) {
                ps.setString(i, sector.name());
            }
            List<DestinationReport> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal azn = rs.getBigDecimal(2).setScale(Money.SCALE);
                    out.add(new DestinationReport(rs.getString(1), azn, Money.usdView(azn), rs.getLong(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sums per metric grouped by {@code column} ("" as the key when null), with distinct destinations. */
    private Map<String, Group> grouped(Connection c, String column, String onlyZone, LocalDate from, LocalDate to)
            throws SQLException {
        String key = column == null ? "''" : column;
        String zoneFilter = onlyZone == null ? "" : " AND zone_id = ?";
        Map<String, Group> groups = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + key + ", metric, sum(total_azn), sum(count), sum(jobs) "
                + "FROM daily_total WHERE" + DAY_FILTER + zoneFilter + " GROUP BY 1, 2")) {
            int i = bindDays(ps, 1, from, to);
            if (onlyZone != null) {
                ps.setString(i, onlyZone);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Group g = groups.computeIfAbsent(rs.getString(1), k -> new Group());
                    Metric m = Metric.valueOf(rs.getString(2));
                    g.azn.put(m, rs.getBigDecimal(3).setScale(Money.SCALE));
                    g.counts.put(m, new long[] { rs.getLong(4), rs.getLong(5) });
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT k, count(*) FROM (SELECT " + key + " AS k, country "
                + "FROM destination_total WHERE" + DAY_FILTER + zoneFilter
                + " GROUP BY 1, 2 HAVING sum(count) > 0) t GROUP BY k")) {
            int i = bindDays(ps, 1, from, to);
            if (onlyZone != null) {
                ps.setString(i, onlyZone);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.computeIfAbsent(rs.getString(1), k -> new Group()).destinations = rs.getLong(2);
                }
            }
        }
        return groups;
    }

    private static int bindDays(PreparedStatement ps, int start, LocalDate from, LocalDate to) throws SQLException {
        Date f = from == null ? null : Date.valueOf(from);
        Date t = to == null ? null : Date.valueOf(to);
        ps.setDate(start, f);
        ps.setDate(start + 1, f);
        ps.setDate(start + 2, t);
        ps.setDate(start + 3, t);
        return start + 4;
    }
}
