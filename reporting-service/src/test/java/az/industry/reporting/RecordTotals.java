package az.industry.reporting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.contracts.event.IndustryRecord;
import io.restassured.response.Response;

/**
 * The records report's {@code X-Total-Count} and {@code X-Total-Azn} equal the count and total of the report with
 * the same filter: national, a zone's, a sector's or (both) the yearly time series; for a country the destinations
 * report; for a company the companies report. Checked for random filters over a workload's dates and companies.
 */
public final class RecordTotals {

    private RecordTotals() {
    }

    /** One random filter: metric, and each of zone, sector, country (exports), company, from, to or not. */
    public record Filter(String metric, String zone, String sector, String country, String company, LocalDate from, LocalDate to) {

        String query() {
            StringBuilder q = new StringBuilder("metric=" + metric);
            append(q, "zoneId", zone);
            append(q, "sector", sector);
            append(q, "country", country);
            append(q, "from", from);
            append(q, "to", to);
            return q.toString();
        }

        /** The query of the reports: {@code from}, {@code to}, {@code zoneId}, {@code sector} when set. */
        String reportQuery(boolean zoneAndSector) {
            StringBuilder q = new StringBuilder("x=");
            if (zoneAndSector) {
                append(q, "zoneId", zone);
                append(q, "sector", sector);
            }
            append(q, "from", from);
            append(q, "to", to);
            return q.toString();
        }

        private static void append(StringBuilder q, String name, Object value) {
            if (value != null) {
                q.append('&').append(name).append('=').append(value);
            }
        }
    }

    public static void assertMatchReports(Random random, List<IndustryRecord> records, LocalDate first, LocalDate last, int n) {
        for (int i = 0; i < n; i++) {
            IndustryRecord r = records.get(random.nextInt(records.size()));
            String metric = Reports.METRICS.get(random.nextInt(3));
            boolean company = random.nextInt(3) == 0;
            boolean country = !company && "exports".equals(metric) && random.nextInt(2) == 0;
            LocalDate from = random.nextInt(3) == 0 ? null : first.plusDays(random.nextInt(365 * 3));
            LocalDate to = from == null || random.nextBoolean() ? null : from.plusDays(random.nextInt(365 * 4));
            Filter f = new Filter(metric, random.nextBoolean() ? r.zoneId() : null,
                    random.nextBoolean() ? r.sector().name() : null,
                    country ? Workload.COUNTRIES.get(random.nextInt(Workload.COUNTRIES.size())) : null,
                    company ? r.company() : null, from, to);
            Response answer = given().queryParam("company", f.company() == null ? new Object[0] : new Object[] { f.company() })
                    .get("/api/reports/records?size=1&" + f.query());
            answer.then().statusCode(200);
            String[] expected = expected(f);
            assertEquals(expected[0], answer.header("X-Total-Count"), f + ": count");
            assertEquals(expected[1], answer.header("X-Total-Azn"), f + ": total");
        }
    }

    /** Count and AZN total of the report with the same filter. */
    private static String[] expected(Filter f) {
        String block = "exports".equals(f.metric()) ? "exports" : f.metric();
        JsonNode b;
        if (f.company() != null) {
            JsonNode companies = ExactJson.get("/api/reports/companies?" + f.reportQuery(true)).get("companies");
            b = null;
            for (JsonNode c : companies) {
                if (AnalyticsOracle.fold(c.get("name").asText()).equals(AnalyticsOracle.fold(f.company()))) {
                    b = c.get(block);
                }
            }
        } else if (f.country() != null) {
            b = null;
            for (JsonNode d : ExactJson.get("/api/reports/destinations?" + f.reportQuery(true))) {
                if (d.get("country").asText().equals(f.country())) {
                    b = d;
                }
            }
        } else if (f.zone() != null && f.sector() != null) {
            long count = 0;
            BigDecimal total = Oracle.ZERO;
            for (JsonNode p : ExactJson.get("/api/reports/timeseries?granularity=year&metric=" + f.metric() + "&"
                    + f.reportQuery(true))) {
                count += p.get("count").longValue();
                total = total.add(p.get("totalAzn").decimalValue());
            }
            return new String[] { String.valueOf(count), total.toPlainString() };
        } else if (f.zone() != null) {
            b = ExactJson.get("/api/reports/zones/" + f.zone() + "?" + f.reportQuery(false)).get(block);
        } else if (f.sector() != null) {
            b = null;
            for (JsonNode s : ExactJson.get("/api/reports/sectors?" + f.reportQuery(false))) {
                if (s.get("sector").asText().equals(f.sector())) {
                    b = s.get(block);
                }
            }
        } else {
            b = ExactJson.get("/api/reports/national?" + f.reportQuery(false)).get(block);
        }
        return b == null ? new String[] { "0", "0.00" }
                : new String[] { String.valueOf(b.get("count").longValue()), b.get("totalAzn").decimalValue().toPlainString() };
    }
}
