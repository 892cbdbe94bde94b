package az.industry.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The plan: synthesised cell targets (million AZN) whose sums are the published figures, and its check. */
final class ScenarioTables {

    private static final BigDecimal MILLION = new BigDecimal("1000000");

    /** SCIP investment per year, 2025 = Q1; includes BYD's 29 m in 2024. Sum 6,000. */
    static final Map<String, String> SCIP_INVESTMENT = table(
            "2011", "60", "2012", "180", "2013", "350", "2014", "600", "2015", "750", "2016", "800",
            "2017", "700", "2018", "550", "2019", "420", "2020", "300", "2021", "330", "2022", "360",
            "2023", "350", "2024", "200", "2025-Q1", "50");

    /** Investment in the other 12 zones, SINCE..CUT_OFF; Ganja includes the 88 m joint venture. Sum 2,100. */
    static final Map<String, String> ZONE_INVESTMENT = table(
            "balakhani-industrial-park", "260", "garadagh-industrial-park", "240",
            "mingachevir-industrial-park", "300", "pirallahi-industrial-park", "150",
            "aghdam-industrial-park", "120", "araz-valley-economic-zone", "110",
            "hajigabul-industrial-park", "140", "nakhchivan-industrial-park", "60",
            "neftchala-industrial-quarter", "170", "masalli-industrial-quarter", "90",
            "sabirabad-industrial-quarter", "110", "ganja-industrial-park", "350");

    /** SCIP production per year to 2023, then per quarter (Q1 2025 = Q1 2024 x 1.142). Sum 14,000. */
    static final Map<String, String> SCIP_PRODUCTION = table(
            "2013", "45", "2014", "120", "2015", "240", "2016", "400", "2017", "560", "2018", "950",
            "2019", "1400", "2020", "1350", "2021", "1800", "2022", "2200", "2023", "2114",
            "2024-Q1", "500", "2024-Q2", "560", "2024-Q3", "590", "2024-Q4", "600", "2025-Q1", "571");

    /** SCIP exports, same periods (Q1 2025 = Q1 2024 x 1.172). Sum 4,900 = 35 % of 14,000. */
    static final Map<String, String> SCIP_EXPORTS = table(
            "2013", "8", "2014", "30", "2015", "70", "2016", "125", "2017", "185", "2018", "320",
            "2019", "490", "2020", "460", "2021", "640", "2022", "800", "2023", "779.4",
            "2024-Q1", "175", "2024-Q2", "196", "2024-Q3", "206.5", "2024-Q4", "210", "2025-Q1", "205.1");

    /** Non-automotive production in the other zones, SINCE..CUT_OFF. Sum 919.5. */
    static final Map<String, String> ZONE_PRODUCTION = table(
            "balakhani-industrial-park", "150", "garadagh-industrial-park", "130",
            "mingachevir-industrial-park", "140", "pirallahi-industrial-park", "60",
            "aghdam-industrial-park", "45", "araz-valley-economic-zone", "40",
            "hajigabul-industrial-park", "70", "nakhchivan-industrial-park", "25",
            "neftchala-industrial-quarter", "40", "masalli-industrial-quarter", "55",
            "sabirabad-industrial-quarter", "60", "ganja-industrial-park", "104.5");

    /**
     * Automotive production, all zones, per year (2025 = Q1). 2018-2024 sum 442.5; 2024 = 2023 x 1.34; 2024 is
     * Ganja 107.5 + Neftchala 54.65 + Hajigabul 5.35. With Q1 2025 the automotive total through CUT_OFF is
     * 480.5, and 919.5 + 480.5 = 1,400 = 15,400 - 14,000.
     */
    static final Map<String, String> AUTOMOTIVE_PRODUCTION = table(
            "2018", "15", "2019", "30", "2020", "25", "2021", "35", "2022", "45", "2023", "125",
            "2024", "167.5", "2025-Q1", "38");
    static final BigDecimal HAJIGABUL_2024_AUTOMOTIVE_AZN = new BigDecimal("5350000.00");

    /** Exports of the other zones, SINCE..CUT_OFF (not published; synthesised). Sum 400. */
    static final Map<String, String> ZONE_EXPORTS = table(
            "balakhani-industrial-park", "40", "garadagh-industrial-park", "50",
            "mingachevir-industrial-park", "60", "pirallahi-industrial-park", "10",
            "aghdam-industrial-park", "5", "araz-valley-economic-zone", "5",
            "hajigabul-industrial-park", "25", "nakhchivan-industrial-park", "5",
            "neftchala-industrial-quarter", "45", "masalli-industrial-quarter", "20",
            "sabirabad-industrial-quarter", "30", "ganja-industrial-park", "105");

    static final LocalDate BYD_INVESTED_ON = LocalDate.of(2024, 10, 15);
    static final int BYD_JOBS = 0;
    static final LocalDate GANJA_JV_INVESTED_ON = LocalDate.of(2024, 3, 12);

    /**
     * The 70 destination countries (ISO 3166-1 alpha-2) with a relative weight: neighbours and the big
     * polymer markets first.
     */
    static final Map<String, Integer> COUNTRIES = countries(
            "TR", 10, "GE", 9, "RU", 9, "IT", 7, "UA", 6, "DE", 5, "CN", 5, "KZ", 5, "UZ", 4, "TM", 3,
            "IR", 4, "IL", 3, "GR", 3, "ES", 3, "FR", 3, "GB", 3, "NL", 3, "BE", 2, "PL", 4, "RO", 3,
            "BG", 3, "HU", 2, "CZ", 2, "SK", 1, "AT", 2, "CH", 2, "SE", 1, "FI", 1, "NO", 1, "DK", 1,
            "LT", 2, "LV", 1, "EE", 1, "BY", 3, "MD", 1, "KG", 2, "TJ", 2, "AF", 2, "PK", 2, "IN", 3,
            "AE", 4, "SA", 2, "QA", 1, "KW", 1, "OM", 1, "BH", 1, "IQ", 3, "JO", 1, "LB", 1, "EG", 2,
            "TN", 1, "MA", 1, "DZ", 1, "US", 3, "CA", 1, "BR", 1, "MX", 1, "JP", 1, "KR", 2, "VN", 1,
            "TH", 1, "MY", 1, "ID", 1, "SG", 1, "MN", 1, "SI", 1, "HR", 1, "RS", 2, "PT", 1, "IE", 1);

    /** Nearby markets that food, building-material and vehicle makers favour. */
    static final Set<String> NEAR = Set.of("GE", "RU", "TR", "KZ", "UZ", "TM", "KG", "TJ", "AF", "BY",
            "UA", "IQ", "IR", "MD");

    private ScenarioTables() {
    }

    /** The tables add up to the published figures, or the generator refuses to run. */
    static void checkPlan() {
        expect("SCIP investment", total(SCIP_INVESTMENT), PublishedFigures.SCIP_INVESTMENT_AZN);
        expect("national investment", total(SCIP_INVESTMENT).add(total(ZONE_INVESTMENT)),
                PublishedFigures.NATIONAL_INVESTMENT_AZN);
        expect("SCIP production", total(SCIP_PRODUCTION), PublishedFigures.SCIP_PRODUCTION_AZN);
        expect("national production", total(SCIP_PRODUCTION).add(total(ZONE_PRODUCTION))
                .add(total(AUTOMOTIVE_PRODUCTION)), PublishedFigures.NATIONAL_PRODUCTION_AZN);
        expect("SCIP exports", total(SCIP_EXPORTS), PublishedFigures.SCIP_EXPORTS_AZN);
        expect("automotive 2018-2024", total(AUTOMOTIVE_PRODUCTION).subtract(millions(
                AUTOMOTIVE_PRODUCTION.get("2025-Q1"))), PublishedFigures.AUTOMOTIVE_2018_2024_AZN);
        expect("automotive 2024", PublishedFigures.GANJA_2024_AZN.add(PublishedFigures.NEFTCHALA_2024_AZN)
                .add(HAJIGABUL_2024_AUTOMOTIVE_AZN), millions(AUTOMOTIVE_PRODUCTION.get("2024")));
        if (COUNTRIES.size() != PublishedFigures.NATIONAL_EXPORT_DESTINATIONS) {
            throw new IllegalStateException(COUNTRIES.size() + " countries");
        }
        Set<String> iso = Set.of(Locale.getISOCountries());
        for (String country : COUNTRIES.keySet()) {
            if (!iso.contains(country) || country.equals("AZ")) {
                throw new IllegalStateException("not a foreign country: " + country);
            }
        }
        long scip = CompanyRoster.ROSTER.stream().filter(c -> c.zoneId().equals(PublishedFigures.SCIP)).count()
                + 1; // + BYD
        if (scip != PublishedFigures.SCIP_COMPANIES) {
            throw new IllegalStateException(scip + " SCIP companies");
        }
    }

    private static void expect(String what, BigDecimal actual, BigDecimal expected) {
        if (actual.compareTo(expected) != 0) {
            throw new IllegalStateException(what + ": plan adds up to " + actual + ", not " + expected);
        }
    }

    private static BigDecimal total(Map<String, String> table) {
        return table.values().stream().map(ScenarioTables::millions).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A table value in million AZN as an exact AZN amount with 2 decimals. */
    static BigDecimal millions(String value) {
        return new BigDecimal(value).multiply(MILLION).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Map<String, String> table(String... keyValues) {
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            table.put(keyValues[i], keyValues[i + 1]);
        }
        return Collections.unmodifiableMap(table);
    }

    private static Map<String, Integer> countries(Object... codeWeights) {
        Map<String, Integer> table = new LinkedHashMap<>();
        for (int i = 0; i < codeWeights.length; i += 2) {
            if (table.put((String) codeWeights[i], (Integer) codeWeights[i + 1]) != null) {
                throw new IllegalStateException("duplicate country " + codeWeights[i]);
            }
        }
        return Collections.unmodifiableMap(table);
    }
}
