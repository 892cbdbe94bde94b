package az.industry.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the published-figures scenario ({@link Scenario#RESOURCE}) deterministically: the same seed and the
 * same code give the same file, byte for byte.
 *
 * <h2>How it works</h2>
 * <ol>
 * <li>The published figures are split into <em>cells</em>, each with an exact AZN target chosen here (the
 * tables in {@link ScenarioTables}; they are synthesised, only their sums are published): SCIP investment
 * per year, SCIP production and exports per year up to 2023 and per quarter in 2024 and Q1 2025 (which fixes
 * the Q1 growth rates), the other zones' totals per zone, automotive production per year (which fixes
 * 2018-2024 and the 2024 growth), and the Ganja and Neftchala 2024 automotive output.</li>
 * <li>Each cell gets <em>slots</em> from a fixed roster of companies (39 SCIP residents plus BYD, and 37
 * companies in the other 12 zones): one per company and period in which the company is active,
 * weighted by the company's size, how long it has been producing and a random factor.</li>
 * <li>A cell's target is shared out over its slots in proportion to their weights. Slots of companies that
 * report in US dollars get a USD amount rounded to a whole step (0.10 USD at least), so that its AZN value
 * (amount x 1.70) is exact; the cell's last slot is in AZN and takes the remainder, so every cell, and
 * therefore every published total, is met to the qəpik.</li>
 * <li>Jobs are shared out over the investments (10,700 less the named 1,200) by size and sector with the
 * largest-remainder method; destination countries are drawn per exporter from a list of exactly 70, and any
 * country left unused is then given to a shipment of a country used more than once.</li>
 * <li>A few records after the 2025-03-31 cut-off (Az-Tex-Import's plant, April 2025 output and shipments)
 * exercise date filters; they are in none of the published totals.</li>
 * <li>Rows are sorted by date and numbered ({@code inv-0001}, ...), and written one row per line.</li>
 * </ol>
 * Only {@link Random} with {@link #SEED} supplies randomness, consumed in a fixed order (lists and
 * insertion-ordered maps only); money is {@link BigDecimal} throughout.
 *
 * <h2>Where the parts are</h2>
 * This class only runs the steps. The tables and their check are in {@link ScenarioTables}, the companies in
 * {@link CompanyRoster}; {@link InvestmentPlanner}, {@link ProductionPlanner}, {@link ExportPlanner} and
 * {@link AfterCutOffPlanner} plan the rows, sharing the random source and the rows so far through
 * {@link PlanningState}; {@link Allocation} does the sharing-out arithmetic, {@link Quantities} the quantities
 * and {@link ScenarioRows} the sorting and numbering.
 *
 * <h2>Re-running it</h2>
 * From the repository root:
 * <pre>
 * ./mvnw -q install -pl contracts,deploy/demo -DskipTests
 * ./mvnw -q -pl deploy/demo dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
 * java -cp "deploy/demo/target/classes:$(cat deploy/demo/target/classpath.txt)" az.industry.demo.ScenarioGenerator
 * </pre>
 * The optional argument is the output file ({@code -} for standard output; default {@link #DEFAULT_OUTPUT}).
 * {@code ScenarioGeneratorTest} fails whenever the committed file differs from a fresh run.
 */
public final class ScenarioGenerator {

    /** The seed of the only source of randomness. */
    public static final long SEED = 20_250_331L;
    /** Where the data set lives, relative to the repository root. */
    public static final String DEFAULT_OUTPUT = "deploy/demo/src/main/resources/scenario/published-figures.json";

    private ScenarioGenerator() {
    }

    /** The scenario for {@link #SEED}. */
    public static Scenario generate() {
        return build(new PlanningState(new Random(SEED)));
    }

    /** The data set's text for {@link #SEED}: what the committed resource must equal. */
    public static String render() {
        return generate().toCanonicalJson();
    }

    /** Writes the data set to {@code args[0]} ({@code -} = standard output), by default {@link #DEFAULT_OUTPUT}. */
    public static void main(String[] args) throws IOException {
        Scenario scenario = generate();
        String json = scenario.toCanonicalJson();
        String target = args.length > 0 ? args[0] : DEFAULT_OUTPUT;
        if ("-".equals(target)) {
            System.out.print(json);
            System.out.flush();
        } else {
            Path path = Path.of(target);
            if (path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
            Files.writeString(path, json, StandardCharsets.UTF_8);
            System.err.printf(Locale.ROOT, "wrote %s: %d investments, %d production reports, %d export shipments,"
                    + " %d bytes%n", path, scenario.investments().size(), scenario.production().size(),
                    scenario.exports().size(), json.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    /** The planning steps, in the order in which they draw from the one {@link Random}. */
    private static Scenario build(PlanningState state) {
        ScenarioTables.checkPlan();
        ExportPlanner exports = new ExportPlanner(state);
        for (Company company : CompanyRoster.ROSTER) {
            state.schedule(company);
            if (company.exporter()) {
                state.markets.put(company.name(), exports.pickMarkets(company));
            }
        }
        InvestmentPlanner investments = new InvestmentPlanner(state);
        investments.plan();
        new ProductionPlanner(state).plan();
        exports.plan();
        exports.coverAllCountries();
        investments.shareOutJobs();
        new AfterCutOffPlanner(state).plan();
        Quantities quantities = new Quantities(state);
        quantities.fill(state.production);
        quantities.fill(state.exports);
        return new Scenario(ScenarioRows.investments(state.investments), ScenarioRows.production(state.production),
                ScenarioRows.exports(state.exports));
    }
}
