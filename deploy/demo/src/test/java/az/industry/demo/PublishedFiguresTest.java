package az.industry.demo;

import static az.industry.demo.PublishedFigures.AUTOMOTIVE_2018_2024_AZN;
import static az.industry.demo.PublishedFigures.AUTOMOTIVE_2024_GROWTH;
import static az.industry.demo.PublishedFigures.AUTOMOTIVE_FROM;
import static az.industry.demo.PublishedFigures.AUTOMOTIVE_TO;
import static az.industry.demo.PublishedFigures.CUT_OFF;
import static az.industry.demo.PublishedFigures.SCIP;
import static az.industry.demo.PublishedFigures.SINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.money.Money;
import az.industry.contracts.zone.Sector;

/**
 * Recomputes every published figure from the loaded data set, independently of the generator: each row's
 * AZN amount is computed here (amount x rate, half-even to 2 decimals, as the contract says) and summed by
 * the row's own date, the way the reporting service sums them.
 */
class PublishedFiguresTest {

    private static final BigDecimal PEG = new BigDecimal("1.70");

    private static Scenario scenario;

    @BeforeAll
    static void load() {
        scenario = Scenario.load();
    }

    // ---- national --------------------------------------------------------------------------------

    @Test
    void nationalInvestmentThroughCutOff() {
        BigDecimal total = investment(row -> true, SINCE, CUT_OFF);
        assertMoney(PublishedFigures.NATIONAL_INVESTMENT_AZN, total);
        assertMoney(PublishedFigures.NATIONAL_INVESTMENT_USD, usdView(total));
    }

    @Test
    void nationalJobsThroughCutOff() {
        int jobs = scenario.investments().stream().filter(row -> within(row.investedOn(), SINCE, CUT_OFF))
                .mapToInt(Scenario.Investment::jobsCreated).sum();
        assertEquals(PublishedFigures.NATIONAL_JOBS_CREATED, jobs);
    }

    @Test
    void nationalProductionThroughCutOff() {
        BigDecimal total = production(row -> true, SINCE, CUT_OFF);
        assertMoney(PublishedFigures.NATIONAL_PRODUCTION_AZN, total);
        assertMoney(PublishedFigures.NATIONAL_PRODUCTION_USD, usdView(total));
    }

    @Test
    void exportsGoToExactly70CountriesThroughCutOffAndOverall() {
        Set<String> throughCutOff = scenario.exports().stream().filter(row -> within(row.shippedOn(), SINCE, CUT_OFF))
                .map(Scenario.Export::destinationCountry).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(PublishedFigures.NATIONAL_EXPORT_DESTINATIONS, throughCutOff.size(), throughCutOff.toString());
        Set<String> overall = scenario.exports().stream().map(Scenario.Export::destinationCountry)
                .collect(Collectors.toSet());
        assertEquals(throughCutOff, overall, "shipments after the cut-off go to the same countries");
    }

    // ---- Sumgayit Chemical Industrial Park --------------------------------------------------------

    @Test
    void scipHasExactly40CompaniesThroughCutOff() {
        Set<String> companies = new TreeSet<>();
        scenario.investments().stream().filter(row -> row.zoneId().equals(SCIP))
                .filter(row -> within(row.investedOn(), SINCE, CUT_OFF)).forEach(row -> companies.add(row.investor()));
        scenario.production().stream().filter(row -> row.zoneId().equals(SCIP))
                .filter(row -> within(row.producedOn(), SINCE, CUT_OFF)).forEach(row -> companies.add(row.producer()));
        assertEquals(PublishedFigures.SCIP_COMPANIES, companies.size(), companies.toString());
        Set<String> exporters = scenario.exports().stream().filter(row -> row.zoneId().equals(SCIP))
                .map(Scenario.Export::exporter).collect(Collectors.toSet());
        assertTrue(companies.containsAll(exporters), "every SCIP exporter is one of the 40");
        assertTrue(companies.contains(PublishedFigures.BYD_INVESTOR));
        assertFalse(companies.contains(PublishedFigures.AZ_TEX_INVESTOR), "Az-Tex-Import arrives after the cut-off");
    }

    @Test
    void scipInvestment() {
        BigDecimal total = investment(row -> row.zoneId().equals(SCIP), SINCE, CUT_OFF);
        assertMoney(PublishedFigures.SCIP_INVESTMENT_AZN, total);
        assertMoney(PublishedFigures.SCIP_INVESTMENT_USD, usdView(total));
    }

    @Test
    void scipProductionExportsAndExportShare() {
        BigDecimal produced = production(row -> row.zoneId().equals(SCIP), SINCE, CUT_OFF);
        BigDecimal exported = exports(row -> row.zoneId().equals(SCIP), SINCE, CUT_OFF);
        assertMoney(PublishedFigures.SCIP_PRODUCTION_AZN, produced);
        assertMoney(PublishedFigures.SCIP_PRODUCTION_USD, usdView(produced));
        assertMoney(PublishedFigures.SCIP_EXPORTS_AZN, exported);
        assertEquals(PublishedFigures.SCIP_EXPORT_SHARE, ratio(exported, produced));
    }

    @Test
    void scipFirstQuarterGrowth() {
        BigDecimal production2024 = production(row -> row.zoneId().equals(SCIP), PublishedFigures.Q1_2024_FROM,
                PublishedFigures.Q1_2024_TO);
        BigDecimal production2025 = production(row -> row.zoneId().equals(SCIP), PublishedFigures.Q1_2025_FROM,
                PublishedFigures.Q1_2025_TO);
        assertEquals(PublishedFigures.SCIP_Q1_2025_PRODUCTION_GROWTH, growth(production2025, production2024));

        BigDecimal exports2024 = exports(row -> row.zoneId().equals(SCIP), PublishedFigures.Q1_2024_FROM,
                PublishedFigures.Q1_2024_TO);
        BigDecimal exports2025 = exports(row -> row.zoneId().equals(SCIP), PublishedFigures.Q1_2025_FROM,
                PublishedFigures.Q1_2025_TO);
        assertEquals(PublishedFigures.SCIP_Q1_2025_EXPORTS_GROWTH, growth(exports2025, exports2024));
    }

    // ---- automotive -------------------------------------------------------------------------------

    @Test
    void automotiveProduction2018To2024AndGrowthIn2024() {
        Predicate<Scenario.Production> automotive = row -> row.sector() == Sector.AUTOMOTIVE;
        assertMoney(AUTOMOTIVE_2018_2024_AZN, production(automotive, AUTOMOTIVE_FROM, AUTOMOTIVE_TO));
        BigDecimal year2023 = production(automotive, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        BigDecimal year2024 = production(automotive, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertEquals(AUTOMOTIVE_2024_GROWTH, growth(year2024, year2023));
    }

    @Test
    void ganjaAssembled3761VehiclesIn2024() {
        assertPlantYear(PublishedFigures.GANJA, PublishedFigures.GANJA_2024_VEHICLES, PublishedFigures.GANJA_2024_UNIT,
                PublishedFigures.GANJA_2024_AZN);
    }

    @Test
    void neftchalaAssembled2182CarsIn2024() {
        assertPlantYear(PublishedFigures.NEFTCHALA, PublishedFigures.NEFTCHALA_2024_CARS,
                PublishedFigures.NEFTCHALA_2024_UNIT, PublishedFigures.NEFTCHALA_2024_AZN);
    }

    private static void assertPlantYear(String zoneId, BigDecimal quantity, String unit, BigDecimal azn) {
        List<Scenario.Production> rows = scenario.production().stream()
                .filter(row -> row.zoneId().equals(zoneId) && row.sector() == Sector.AUTOMOTIVE)
                .filter(row -> row.producedOn().getYear() == 2024).toList();
        assertFalse(rows.isEmpty());
        assertEquals(Set.of(unit), rows.stream().map(Scenario.Production::unit).collect(Collectors.toSet()));
        assertEquals(0, quantity.compareTo(rows.stream().map(Scenario.Production::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add)), "quantity");
        assertMoney(azn, rows.stream().map(row -> azn(row.value(), row.currency())).reduce(BigDecimal.ZERO,
                BigDecimal::add));
    }

    // ---- named investments ------------------------------------------------------------------------

    @Test
    void bydElectricBusPlantAtSumgayit() {
        Scenario.Investment byd = single(PublishedFigures.BYD_INVESTOR);
        assertEquals(SCIP, byd.zoneId());
        assertEquals(Sector.AUTOMOTIVE, byd.sector());
        assertMoney(PublishedFigures.BYD_AZN, azn(byd.amount(), byd.currency()));
        assertTrue(within(byd.investedOn(), SINCE, CUT_OFF), "counts in the SCIP 6 bn: " + byd.investedOn());
        assertTrue(byd.description().toLowerCase().contains("electric bus"));
    }

    @Test
    void ganjaJointVentureWithUzbekistan() {
        Scenario.Investment jv = single(PublishedFigures.GANJA_JV_INVESTOR);
        assertEquals(PublishedFigures.GANJA, jv.zoneId());
        assertEquals(Sector.AUTOMOTIVE, jv.sector());
        assertMoney(PublishedFigures.GANJA_JV_AZN, azn(jv.amount(), jv.currency()));
        assertEquals(PublishedFigures.GANJA_JV_JOBS, jv.jobsCreated());
        assertTrue(within(jv.investedOn(), SINCE, CUT_OFF), jv.investedOn().toString());
        assertTrue(jv.description().contains("Uzbekistan"));
    }

    @Test
    void azTexImportIvecoPlantAfterTheCutOff() {
        Scenario.Investment azTex = single(PublishedFigures.AZ_TEX_INVESTOR);
        assertEquals(SCIP, azTex.zoneId());
        assertEquals(Sector.AUTOMOTIVE, azTex.sector());
        assertEquals(PublishedFigures.AZ_TEX_INVESTED_ON, azTex.investedOn());
        assertEquals(PublishedFigures.AZ_TEX_JOBS, azTex.jobsCreated());
        assertMoney(PublishedFigures.AZ_TEX_AZN, azn(azTex.amount(), azTex.currency()));
        assertTrue(azTex.investedOn().isAfter(CUT_OFF), "in none of the published totals");
        assertTrue(azTex.description().contains("IVECO"));
        // so the unfiltered totals differ from the published ones by exactly this record (and April 2025 rows)
        assertNotEquals(0, investment(row -> true, SINCE, LocalDate.of(2026, 11, 28))
                .compareTo(PublishedFigures.NATIONAL_INVESTMENT_AZN));
    }

    private static Scenario.Investment single(String investor) {
        List<Scenario.Investment> rows = scenario.investments().stream().filter(row -> row.investor().equals(investor))
                .toList();
        assertEquals(1, rows.size(), investor + " records");
        return rows.get(0);
    }

    // ---- money ------------------------------------------------------------------------------------

    @Test
    void bothCurrenciesAreUsedAndEveryUsdConversionIsExact() {
        checkCurrencies(scenario.investments(), Scenario.Investment::amount, Scenario.Investment::currency);
        checkCurrencies(scenario.production(), Scenario.Production::value, Scenario.Production::currency);
        checkCurrencies(scenario.exports(), Scenario.Export::value, Scenario.Export::currency);
    }

    private static <T> void checkCurrencies(List<T> rows, Function<T, BigDecimal> amount, Function<T, String> currency) {
        Set<String> used = new HashSet<>();
        for (T row : rows) {
            used.add(currency.apply(row));
            if (currency.apply(row).equals(CurrencyRates.USD)) {
                BigDecimal exact = amount.apply(row).multiply(PEG);
                assertTrue(exact.stripTrailingZeros().scale() <= 2, "inexact conversion of " + row);
            }
        }
        assertEquals(Set.of(CurrencyRates.AZN, CurrencyRates.USD), used);
    }

    @Test
    void modelAznEqualsTheContractsConversion() {
        CurrencyRates rates = CurrencyRates.defaults();
        for (Scenario.Investment row : scenario.investments()) {
            assertEquals(Money.toAzn(row.amount(), rates.aznPerUnit(row.currency()).orElseThrow()), row.amountAzn());
            assertEquals(azn(row.amount(), row.currency()), row.amountAzn());
        }
        for (Scenario.Production row : scenario.production()) {
            assertEquals(azn(row.value(), row.currency()), row.valueAzn());
        }
        for (Scenario.Export row : scenario.exports()) {
            assertEquals(azn(row.value(), row.currency()), row.valueAzn());
        }
    }

    // ---- a realistic spread -----------------------------------------------------------------------

    @Test
    void spreadOverAllZonesYearsAndSectors() {
        Set<String> zones = scenario.investments().stream().map(Scenario.Investment::zoneId).collect(Collectors.toSet());
        assertEquals(13, zones.size());
        assertEquals(13, scenario.production().stream().map(Scenario.Production::zoneId).distinct().count());
        Set<Integer> years = scenario.investments().stream().map(row -> row.investedOn().getYear())
                .collect(Collectors.toSet());
        for (int year = 2011; year <= 2025; year++) {
            assertTrue(years.contains(year), "investments in " + year);
        }
        assertTrue(scenario.production().stream().map(Scenario.Production::sector).distinct().count() >= 10);
        BigDecimal scipPolymerChemical = production(row -> row.zoneId().equals(SCIP)
                && (row.sector() == Sector.POLYMER || row.sector() == Sector.CHEMICAL), SINCE, CUT_OFF);
        assertTrue(ratio(scipPolymerChemical, PublishedFigures.SCIP_PRODUCTION_AZN).compareTo(new BigDecimal("0.6")) > 0,
                "polymer and chemical dominate SCIP: " + scipPolymerChemical);
    }

    // ---- independent arithmetic -------------------------------------------------------------------

    /** Contract: amount x rate (AZN 1, USD 1.70), rounded half-even to 2 decimals. */
    static BigDecimal azn(BigDecimal amount, String currency) {
        BigDecimal rate = switch (currency) {
            case "AZN" -> BigDecimal.ONE;
            case "USD" -> PEG;
            default -> throw new AssertionError("unexpected currency " + currency);
        };
        return amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal investment(Predicate<Scenario.Investment> filter, LocalDate from, LocalDate to) {
        return scenario.investments().stream().filter(filter).filter(row -> within(row.investedOn(), from, to))
                .map(row -> azn(row.amount(), row.currency())).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static BigDecimal production(Predicate<Scenario.Production> filter, LocalDate from, LocalDate to) {
        return scenario.production().stream().filter(filter).filter(row -> within(row.producedOn(), from, to))
                .map(row -> azn(row.value(), row.currency())).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static BigDecimal exports(Predicate<Scenario.Export> filter, LocalDate from, LocalDate to) {
        return scenario.exports().stream().filter(filter).filter(row -> within(row.shippedOn(), from, to))
                .map(row -> azn(row.value(), row.currency())).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** (current - earlier) / earlier, rounded half-even to 4 decimals, as the reports compute growth. */
    private static BigDecimal growth(BigDecimal current, BigDecimal earlier) {
        assertTrue(earlier.signum() > 0, "earlier period has data");
        return current.subtract(earlier).divide(earlier, 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal usdView(BigDecimal azn) {
        return azn.divide(PEG, 2, RoundingMode.HALF_EVEN);
    }

    /** Equal to the qəpik and written with 2 decimals. */
    private static void assertMoney(BigDecimal expected, BigDecimal actual) {
        assertEquals(expected, actual.setScale(2, RoundingMode.UNNECESSARY), () -> "expected " + expected + " but was "
                + actual);
    }
}
