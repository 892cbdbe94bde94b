package az.industry.infra.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import az.industry.contracts.zone.Sector;
import az.industry.contracts.zone.Zone;
import az.industry.contracts.zone.ZoneCatalogue;

/** The records the bench posts, as contract bodies (JSON or CSV): marked ones it voids again, probes, and {@code --big}'s varied ones. */
final class BenchRecords {

    static final String ZONE = "hajigabul-industrial-park";
    static final String COMPANY = "Bench LLC";
    static final LocalDate MARKED_ON = LocalDate.of(2011, 1, 1);
    static final LocalDate PROBE_ON = LocalDate.of(2011, 1, 2);
    private static final List<String> ZONES = ZoneCatalogue.defaults().all().stream().map(Zone::id).toList();
    private static final Sector[] SECTORS = Sector.values();
    private static final List<String> COUNTRIES = List.of("IT", "DE", "TR", "GE", "RU", "KZ", "US", "CN", "FR", "GB", "NL",
            "ES", "UA", "IR", "AE", "IN", "PL", "RO", "BG", "GR", "HU", "CZ", "AT", "CH", "SE", "JP", "KR", "UZ", "TM", "BY");
    private static final List<String> HS_CODES = List.of("3902", "8703", "2710", "7601", "3901", "2523", "7208", "8544", "0802");
    private static final LocalDate BIG_FROM = LocalDate.of(2015, 1, 1);
    static final ObjectMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private BenchRecords() {
    }

    /** A marked record of {@code service}: 0.01 AZN in {@value #ZONE} on {@code on}, by {@value #COMPANY}. */
    static Map<String, Object> marked(WriteService service, LocalDate on) {
        return body(service, ZONE, COMPANY, Sector.OTHER, new BigDecimal("0.01"), BigDecimal.ONE, "pcs", "bench", "IT", "3902", on, 0);
    }

    /** The {@code n}-th varied record of {@code service} for {@code --big}: the same {@code n} gives the same record. */
    static Map<String, Object> varied(WriteService service, long n) {
        SplittableRandom r = new SplittableRandom(n * 31 + service.name().hashCode());
        String zone = ZONES.get(r.nextInt(ZONES.size()));
        Sector sector = SECTORS[r.nextInt(SECTORS.length)];
        BigDecimal amount = BigDecimal.valueOf(r.nextLong(100_000, 100_000_000_00L), 2);
        BigDecimal quantity = BigDecimal.valueOf(r.nextLong(1, 10_000));
        LocalDate on = BIG_FROM.plusDays(r.nextInt(3650));
        return body(service, zone, "Bench company " + r.nextInt(500), sector, amount, quantity, "t",
                "Product " + r.nextInt(200), COUNTRIES.get(r.nextInt(COUNTRIES.size())), HS_CODES.get(r.nextInt(HS_CODES.size())),
                on, r.nextInt(50));
    }

    private static Map<String, Object> body(WriteService service, String zone, String company, Sector sector, BigDecimal amount,
            BigDecimal quantity, String unit, String product, String country, String hsCode, LocalDate on, int jobs) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("zoneId", zone);
        switch (service.name()) {
            case "investment" -> {
                b.put("investor", company);
                b.put("sector", sector.name());
                b.put("amount", amount);
                b.put("currency", "AZN");
                b.put("investedOn", on.toString());
                b.put("jobsCreated", jobs);
            }
            case "production" -> {
                b.put("producer", company);
                b.put("sector", sector.name());
                b.put("product", product);
                b.put("quantity", quantity);
                b.put("unit", unit);
                b.put("value", amount);
                b.put("currency", "AZN");
                b.put("producedOn", on.toString());
            }
            case "export" -> {
                b.put("exporter", company);
                b.put("sector", sector.name());
                b.put("destinationCountry", country);
                b.put("hsCode", hsCode);
                b.put("product", product);
                b.put("quantity", quantity);
                b.put("unit", unit);
                b.put("value", amount);
                b.put("currency", "AZN");
                b.put("shippedOn", on.toString());
            }
            default -> throw new IllegalArgumentException(service.name());
        }
        return b;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** {@code rows} as RFC 4180 CSV: a header row of the JSON field names, then one line per row, CRLF line ends. */
    static String csv(List<Map<String, Object>> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 160);
        out.append(String.join(",", rows.get(0).keySet())).append("\r\n");
        for (Map<String, Object> row : rows) {
            boolean first = true;
            for (Object value : row.values()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                String text = value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
                if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                    out.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(text);
                }
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
