package az.industry.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.zone.Sector;

/**
 * Writes the published-figures scenario ({@link Scenario#RESOURCE}) deterministically: the same seed and the
 * same code give the same file, byte for byte.
 *
 * <h2>How it works</h2>
 * <ol>
 * <li>The published figures are split into <em>cells</em>, each with an exact AZN target chosen here (the
 * tables below; they are synthesised, only their sums are published): SCIP investment per year, SCIP
 * production and exports per year up to 2023 and per quarter in 2024 and Q1 2025 (which fixes the Q1 growth
 * rates), the other zones' totals per zone, automotive production per year (which fixes 2018-2024 and the
 * 2024 growth), and the Ganja and Neftchala 2024 automotive output.</li>
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

    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final BigDecimal PEG = CurrencyRates.defaults().aznPerUnit(CurrencyRates.USD).orElseThrow();
    private static final LocalDate CUT_OFF = PublishedFigures.CUT_OFF;
    private static final String SCIP = PublishedFigures.SCIP;

    // ------------------------------------------------------------------------------------------------
    // The plan: synthesised cell targets (million AZN) whose sums are the published figures.
    // ------------------------------------------------------------------------------------------------

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
    private static final Set<String> NEAR = Set.of("GE", "RU", "TR", "KZ", "UZ", "TM", "KG", "TJ", "AF", "BY",
            "UA", "IQ", "IR", "MD");

    // ------------------------------------------------------------------------------------------------
    // The roster: invented companies (except those named in the article or the contract).
    // ------------------------------------------------------------------------------------------------

    record Product(String name, String hsCode, String unit, BigDecimal unitPriceAzn, int quantityScale) {
    }

    /**
     * A company: {@code productionYear} 0 = no production by CUT_OFF; {@code scale} its relative size;
     * {@code usd} whether it invests and reports in US dollars.
     */
    record Company(String name, String zoneId, Sector sector, int investYear, int productionYear, double scale,
            boolean exporter, boolean usd, List<Product> products) {
    }

    static final List<Company> ROSTER = List.of(
            // Sumgayit Chemical Industrial Park: 39 residents + BYD (named investment only) = 40 companies.
            scip("SOCAR Polymer", Sector.POLYMER, 2013, 2018, 40, true, true,
                    p("Polypropylene", "390210", "t", "1950", 1), p("High-density polyethylene", "390120", "t", "2100", 1)),
            scip("Caspian Polyolefin Pipes LLC", Sector.POLYMER, 2011, 2013, 6, true, false,
                    p("Polyethylene pipes", "3917", "t", "3200", 1)),
            scip("Absheron Film Packaging LLC", Sector.POLYMER, 2012, 2013, 4, true, false,
                    p("BOPP film", "3920", "t", "3600", 1)),
            scip("Khazar Caustic Soda LLC", Sector.CHEMICAL, 2011, 2014, 6, true, true,
                    p("Caustic soda", "2815", "t", "900", 1), p("Liquid chlorine", "2801", "t", "600", 1)),
            scip("Sumgayit Surfactants LLC", Sector.CHEMICAL, 2014, 2015, 2, true, false,
                    p("Surfactants", "3402", "t", "2400", 1)),
            scip("Caspian Coatings LLC", Sector.CHEMICAL, 2012, 2013, 2, false, false,
                    p("Paints and varnishes", "3208", "t", "4200", 1)),
            scip("Absheron Agrochemicals LLC", Sector.CHEMICAL, 2015, 2017, 5, true, true,
                    p("Mineral fertilisers", "3105", "t", "650", 1)),
            scip("Shirvan Geotextiles LLC", Sector.TEXTILES, 2013, 2014, 2, true, false,
                    p("Geotextiles", "5603", "t", "5200", 1)),
            scip("Sumgayit Synthetic Fibre LLC", Sector.TEXTILES, 2014, 2016, 3, true, false,
                    p("Polyester staple fibre", "5503", "t", "2600", 1)),
            scip("Kur Rubber Products LLC", Sector.POLYMER, 2015, 2016, 1.5, false, false,
                    p("Technical rubber goods", "4016", "t", "5800", 1)),
            scip("Caspian Float Glass LLC", Sector.CONSTRUCTION_MATERIALS, 2014, 2016, 5, true, true,
                    p("Float glass", "7005", "m2", "14", 0)),
            scip("Absheron Insulation Panels LLC", Sector.CONSTRUCTION_MATERIALS, 2016, 2017, 1.5, false, false,
                    p("Sandwich panels", "7308", "m2", "45", 0)),
            scip("Sumgayit Steel Pipe Works LLC", Sector.METALLURGY, 2012, 2014, 5, true, true,
                    p("Welded steel pipes", "7306", "t", "1700", 1)),
            scip("Caspian Aluminium Profiles LLC", Sector.METALLURGY, 2016, 2017, 2, true, false,
                    p("Aluminium profiles", "7604", "t", "7500", 1)),
            scip("Sumgayit Industrial Gases LLC", Sector.CHEMICAL, 2013, 2014, 1, false, false,
                    p("Industrial gases", "2804", "t", "400", 1)),
            scip("Absheron Pharma Synthesis LLC", Sector.PHARMACEUTICAL, 2018, 2020, 1.5, true, false,
                    p("Generic medicines", "3004", "packs", "6", 0)),
            scip("Sumgayit Cable Works LLC", Sector.ELECTRICAL, 2013, 2015, 3, true, false,
                    p("Power cables", "8544", "km", "18000", 2)),
            scip("Caspian Transformer Plant LLC", Sector.ELECTRICAL, 2017, 2019, 2, true, true,
                    p("Power transformers", "850423", "units", "42000", 0)),
            scip("Sumgayit Solar Components LLC", Sector.ENERGY, 2019, 2021, 2, true, true,
                    p("Photovoltaic modules", "854143", "pcs", "260", 0)),
            scip("Sumgayit Pumps and Valves LLC", Sector.MACHINERY, 2017, 2019, 1.5, false, false,
                    p("Industrial pumps and valves", "8413", "units", "3500", 0)),
            scip("Absheron Polymer Compounds LLC", Sector.POLYMER, 2018, 2019, 2.5, true, false,
                    p("Polymer compounds", "3902", "t", "2600", 1)),
            scip("Caspian PET Preforms LLC", Sector.POLYMER, 2016, 2017, 2, true, false,
                    p("PET preforms", "3923", "t", "2300", 1)),
            scip("Sumgayit Household Chemicals LLC", Sector.CHEMICAL, 2017, 2018, 1.5, false, false,
                    p("Detergents", "3402", "t", "1800", 1)),
            scip("Khazar Lubricants LLC", Sector.CHEMICAL, 2015, 2016, 2.5, true, false,
                    p("Lubricating oils", "2710", "t", "2900", 1)),
            scip("Caspian Nonwovens LLC", Sector.TEXTILES, 2019, 2020, 1.5, true, false,
                    p("Nonwoven fabrics", "5603", "t", "4800", 1)),
            scip("Absheron Foam Products LLC", Sector.POLYMER, 2018, 2019, 1, false, false,
                    p("Polymer foam boards", "3921", "m3", "220", 0)),
            scip("Sumgayit Polymer Bags LLC", Sector.POLYMER, 2014, 2015, 1.5, true, false,
                    p("Polypropylene woven bags", "6305", "t", "3400", 1)),
            scip("Caspian Tyre Recycling LLC", Sector.POLYMER, 2020, 2021, 0.8, false, false,
                    p("Crumb rubber", "4004", "t", "350", 1)),
            scip("Sumgayit Water Chemicals LLC", Sector.CHEMICAL, 2019, 2020, 1, false, false,
                    p("Water treatment chemicals", "3824", "t", "1600", 1)),
            scip("Absheron Adhesives LLC", Sector.CHEMICAL, 2020, 2021, 0.8, true, false,
                    p("Adhesives and sealants", "3506", "t", "4400", 1)),
            scip("Caspian Composite Materials LLC", Sector.POLYMER, 2021, 2022, 1.5, true, false,
                    p("Glass-fibre composites", "3926", "t", "6200", 1)),
            scip("Sumgayit Metal Structures LLC", Sector.METALLURGY, 2011, 2013, 2, false, false,
                    p("Steel structures", "7308", "t", "2300", 1)),
            scip("Sumgayit Electrode Plant LLC", Sector.METALLURGY, 2020, 2022, 1.2, true, false,
                    p("Welding electrodes", "8311", "t", "3100", 1)),
            scip("Caspian Fertiliser Blends LLC", Sector.CHEMICAL, 2021, 2022, 1.5, true, true,
                    p("NPK fertiliser blends", "3105", "t", "700", 1)),
            scip("Absheron Polymer Furniture LLC", Sector.POLYMER, 2022, 2023, 0.6, false, false,
                    p("Plastic furniture", "9403", "pcs", "38", 0)),
            scip("Sumgayit Polymer Machinery Service LLC", Sector.MACHINERY, 2022, 2023, 0.5, false, false,
                    p("Polymer processing equipment", "8477", "units", "24000", 0)),
            scip("Caspian Catalyst Systems LLC", Sector.CHEMICAL, 2023, 2024, 1, true, true,
                    p("Catalysts", "3815", "t", "9500", 1)),
            scip("Absheron Bio-Plastics LLC", Sector.POLYMER, 2024, 0, 1, false, false,
                    p("Biodegradable packaging", "3923", "t", "4000", 1)),
            scip("Sumgayit Battery Materials LLC", Sector.ELECTRICAL, 2025, 0, 1, false, true,
                    p("Battery separators", "3920", "t", "9000", 1)),
            // Balakhani: recycling
            c("Balakhani Waste Recycling LLC", "balakhani-industrial-park", Sector.OTHER, 2012, 2013, 3, false, false,
                    p("Recycled plastics and paper", "3915", "t", "420", 1)),
            c("Baku Metal Recycling LLC", "balakhani-industrial-park", Sector.METALLURGY, 2014, 2015, 3, true, false,
                    p("Steel billets", "7207", "t", "900", 1)),
            c("Balakhani Paper Products LLC", "balakhani-industrial-park", Sector.OTHER, 2016, 2017, 2, true, false,
                    p("Corrugated packaging", "4819", "t", "1600", 1)),
            c("Absheron Glass Recycling LLC", "balakhani-industrial-park", Sector.CONSTRUCTION_MATERIALS, 2018, 2019,
                    1, false, false, p("Glass containers", "7010", "t", "950", 1)),
            // Garadagh
            c("Garadagh Cement Works LLC", "garadagh-industrial-park", Sector.CONSTRUCTION_MATERIALS, 2016, 2017, 3,
                    true, true, p("Portland cement", "2523", "t", "110", 0)),
            c("Garadagh Marine Structures LLC", "garadagh-industrial-park", Sector.MACHINERY, 2017, 2018, 2, false,
                    false, p("Marine steel structures", "7308", "t", "4200", 1)),
            c("Lokbatan Steel Products LLC", "garadagh-industrial-park", Sector.METALLURGY, 2018, 2019, 2, true, false,
                    p("Reinforcing bars", "7214", "t", "1250", 1)),
            // Mingachevir
            c("Mingachevir Textile Mill LLC", "mingachevir-industrial-park", Sector.TEXTILES, 2015, 2016, 3, true,
                    true, p("Cotton yarn", "5205", "t", "4700", 1)),
            c("Kura Knitwear LLC", "mingachevir-industrial-park", Sector.TEXTILES, 2017, 2018, 1.5, true, false,
                    p("Knitted garments", "6109", "pcs", "11", 0)),
            c("Mingachevir Electrical Equipment LLC", "mingachevir-industrial-park", Sector.ELECTRICAL, 2018, 2019,
                    2, true, false, p("Low-voltage switchgear", "8537", "units", "6500", 0)),
            c("Mingachevir Packaging LLC", "mingachevir-industrial-park", Sector.POLYMER, 2020, 2021, 1, false,
                    false, p("Plastic packaging", "3923", "t", "3100", 1)),
            // Pirallahi: pharmaceuticals
            c("Pirallahi Pharmaceuticals LLC", "pirallahi-industrial-park", Sector.PHARMACEUTICAL, 2016, 2019, 2,
                    true, true, p("Generic medicines", "3004", "packs", "4.5", 0)),
            c("Caspian Medical Supplies LLC", "pirallahi-industrial-park", Sector.PHARMACEUTICAL, 2019, 2021, 1,
                    false, false, p("Medical disposables", "9018", "pcs", "0.8", 0)),
            // Aghdam
            c("Aghdam Food Processing LLC", "aghdam-industrial-park", Sector.FOOD_PROCESSING, 2021, 2022, 1, false,
                    false, p("Canned vegetables", "2005", "t", "1800", 1)),
            c("Karabakh Building Materials LLC", "aghdam-industrial-park", Sector.CONSTRUCTION_MATERIALS, 2021, 2023,
                    1, false, false, p("Concrete blocks", "6810", "m3", "95", 0)),
            c("Aghdam Beverage Plant LLC", "aghdam-industrial-park", Sector.FOOD_PROCESSING, 2022, 2023, 1, true,
                    false, p("Fruit juices", "2009", "l", "1.6", 0)),
            // Araz Valley Economic Zone
            c("Araz Valley Agro Processing LLC", "araz-valley-economic-zone", Sector.FOOD_PROCESSING, 2021, 2022, 1,
                    true, false, p("Dried fruit", "0813", "t", "5200", 1)),
            c("Jabrayil Construction Materials LLC", "araz-valley-economic-zone", Sector.CONSTRUCTION_MATERIALS, 2022,
                    2023, 1, false, false, p("Ready-mix concrete", "3824", "m3", "85", 0)),
            c("Araz Cable Systems LLC", "araz-valley-economic-zone", Sector.ELECTRICAL, 2022, 2024, 1, false, false,
                    p("Power cables", "8544", "km", "15000", 2)),
            // Hajigabul
            c("Hajigabul Textile LLC", "hajigabul-industrial-park", Sector.TEXTILES, 2018, 2019, 2, true, false,
                    p("Cotton fabrics", "5208", "m", "3.2", 0)),
            c("Hajigabul Metal Works LLC", "hajigabul-industrial-park", Sector.METALLURGY, 2019, 2020, 1.5, true,
                    false, p("Galvanised steel sheet", "7210", "t", "1900", 1)),
            c("Hajigabul Trailer Works LLC", "hajigabul-industrial-park", Sector.AUTOMOTIVE, 2022, 2023, 1, false,
                    false, p("Semi-trailers", "8716", "units", "60000", 0)),
            // Nakhchivan
            c("Nakhchivan Mineral Water LLC", "nakhchivan-industrial-park", Sector.FOOD_PROCESSING, 2019, 2020, 1,
                    true, false, p("Mineral water", "2201", "l", "0.6", 0)),
            c("Nakhchivan Building Materials LLC", "nakhchivan-industrial-park", Sector.CONSTRUCTION_MATERIALS, 2020,
                    2021, 1, false, false, p("Cement", "2523", "t", "105", 0)),
            // Neftchala: Azermash assembles Khazar cars with Iran Khodro (article)
            c("Azermash OJSC", "neftchala-industrial-quarter", Sector.AUTOMOTIVE, 2017, 2018, 3, true, false,
                    p("Khazar passenger cars", "8703", "cars", "25000", 0)),
            c("Neftchala Iodine Bromine LLC", "neftchala-industrial-quarter", Sector.CHEMICAL, 2013, 2014, 1.5, true,
                    true, p("Iodine", "2801", "t", "38000", 3)),
            c("Neftchala Fish Processing LLC", "neftchala-industrial-quarter", Sector.FOOD_PROCESSING, 2015, 2016, 1,
                    false, false, p("Frozen fish", "0303", "t", "5500", 1)),
            // Masalli
            c("Masalli Fruit Processing LLC", "masalli-industrial-quarter", Sector.FOOD_PROCESSING, 2014, 2015, 1.5,
                    true, false, p("Fruit juices and concentrates", "2009", "l", "1.5", 0)),
            c("Masalli Tea Factory LLC", "masalli-industrial-quarter", Sector.FOOD_PROCESSING, 2016, 2017, 1, false,
                    false, p("Black tea", "0902", "t", "9000", 2)),
            c("Lankaran Furniture LLC", "masalli-industrial-quarter", Sector.OTHER, 2018, 2019, 1, false, false,
                    p("Wooden furniture", "9403", "pcs", "210", 0)),
            // Sabirabad
            c("Sabirabad Cotton Ginning LLC", "sabirabad-industrial-quarter", Sector.TEXTILES, 2017, 2018, 2, true,
                    false, p("Cotton fibre", "5201", "t", "3100", 1)),
            c("Sabirabad Dairy LLC", "sabirabad-industrial-quarter", Sector.FOOD_PROCESSING, 2018, 2019, 1, false,
                    false, p("Dairy products", "0401", "t", "1400", 1)),
            // Ganja: the automobile plant (the contract's example) and the Uzbek joint venture (named)
            c("Ganja Automobile Plant", "ganja-industrial-park", Sector.AUTOMOTIVE, 2016, 2018, 3, true, false,
                    p("Light trucks", "8704", "vehicles", "28000", 0)),
            c("Ganja Aluminium Products LLC", "ganja-industrial-park", Sector.METALLURGY, 2017, 2018, 2, true, true,
                    p("Aluminium sheet and foil", "7606", "t", "6900", 1)),
            c("Ganja Agro Machinery LLC", "ganja-industrial-park", Sector.MACHINERY, 2018, 2019, 1.5, true, false,
                    p("Agricultural machinery", "8432", "units", "14000", 0)),
            c("Ganja Food Industry LLC", "ganja-industrial-park", Sector.FOOD_PROCESSING, 2017, 2018, 1.5, true,
                    false, p("Canned fruit", "2008", "t", "2600", 1)),
            c("Ganja Electrical Components LLC", "ganja-industrial-park", Sector.ELECTRICAL, 2019, 2020, 1, false,
                    false, p("Lighting equipment", "9405", "pcs", "32", 0)));

    private static final String GANJA_PLANT = "Ganja Automobile Plant";
    private static final String AZERMASH = "Azermash OJSC";
    private static final String HAJIGABUL_TRAILERS = "Hajigabul Trailer Works LLC";
    private static final Product BYD_BUSES = p("Electric buses", "8702", "units", "500000", 0);
    private static final Product IVECO_TRUCKS = p("IVECO trucks and special vehicles", "8704", "vehicles", "150000", 0);
    private static final Product JV_VEHICLES = p("Vehicles", "8703", "vehicles", "30000", 0);

    // ------------------------------------------------------------------------------------------------

    private final Random random;
    private final Map<String, LocalDate> firstInvestedOn = new LinkedHashMap<>();
    private final Map<String, LocalDate> producingSince = new LinkedHashMap<>();
    private final Map<String, List<String>> markets = new LinkedHashMap<>();
    private final List<Draft> investments = new ArrayList<>();
    private final List<Draft> production = new ArrayList<>();
    private final List<Draft> exports = new ArrayList<>();

    private ScenarioGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The scenario for {@link #SEED}. */
    public static Scenario generate() {
        return new ScenarioGenerator(SEED).build();
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

    // ------------------------------------------------------------------------------------------------

    private Scenario build() {
        checkPlan();
        for (Company company : ROSTER) {
            LocalDate first = company.investYear() == 2025
                    ? date(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28))
                    : date(LocalDate.of(company.investYear(), 1, 1), LocalDate.of(company.investYear(), 6, 30));
            firstInvestedOn.put(company.name(), first);
            if (company.productionYear() > 0) {
                LocalDate start = LocalDate.of(company.productionYear(), 1, 1);
                LocalDate earliest = first.plusDays(60);
                producingSince.put(company.name(), earliest.isAfter(start) ? earliest : start);
            }
            if (company.exporter()) {
                markets.put(company.name(), pickMarkets(company));
            }
        }
        planInvestments();
        planProduction();
        planExports();
        coverAllCountries();
        shareOutJobs();
        addAfterCutOff();
        fillQuantities(production);
        fillQuantities(exports);
        return new Scenario(investmentRows(), productionRows(), exportRows());
    }

    // ---- investments ------------------------------------------------------------------------------

    private void planInvestments() {
        // Named investments (the article).
        Company byd = new Company(PublishedFigures.BYD_INVESTOR, SCIP, Sector.AUTOMOTIVE, 2024, 0, 1, false, false,
                List.of(BYD_BUSES));
        Draft bydRow = fixedInvestment(byd, BYD_INVESTED_ON, PublishedFigures.BYD_AZN, BYD_JOBS,
                "Electric bus manufacturing plant (jobs not yet announced)");
        Company jv = new Company(PublishedFigures.GANJA_JV_INVESTOR, PublishedFigures.GANJA, Sector.AUTOMOTIVE, 2024,
                0, 1, false, false, List.of(JV_VEHICLES));
        Draft jvRow = fixedInvestment(jv, GANJA_JV_INVESTED_ON, PublishedFigures.GANJA_JV_AZN,
                PublishedFigures.GANJA_JV_JOBS, "Joint venture with Uzbekistan: plant to assemble up to 30,000"
                        + " vehicles a year, with welding, painting and assembly lines");

        // SCIP, per year.
        for (Map.Entry<String, String> cell : SCIP_INVESTMENT.entrySet()) {
            Period period = Period.parse(cell.getKey());
            List<Draft> slots = new ArrayList<>();
            for (Company company : ROSTER) {
                if (company.zoneId().equals(SCIP)) {
                    investmentSlots(company, period, slots);
                }
            }
            BigDecimal target = millions(cell.getValue());
            if (period.contains(BYD_INVESTED_ON)) {
                target = target.subtract(bydRow.azn);
            }
            allocate(target, slots, new BigDecimal("1000"), new BigDecimal("1000"));
            investments.addAll(slots);
        }
        // Other zones, per zone over all years.
        for (Map.Entry<String, String> cell : ZONE_INVESTMENT.entrySet()) {
            List<Draft> slots = new ArrayList<>();
            for (Company company : ROSTER) {
                if (company.zoneId().equals(cell.getKey())) {
                    for (int year = company.investYear(); year <= 2025; year++) {
                        investmentSlots(company, Period.parse(year == 2025 ? "2025-Q1" : Integer.toString(year)),
                                slots);
                    }
                }
            }
            BigDecimal target = millions(cell.getValue());
            if (cell.getKey().equals(jvRow.zoneId)) {
                target = target.subtract(jvRow.azn);
            }
            allocate(target, slots, new BigDecimal("1000"), new BigDecimal("1000"));
            investments.addAll(slots);
        }
        investments.add(bydRow);
        investments.add(jvRow);
    }

    /** The first investment in the company's first year; follow-ups in later years at random. */
    private void investmentSlots(Company company, Period period, List<Draft> slots) {
        int year = period.from().getYear();
        if (year < company.investYear()) {
            return;
        }
        Draft slot = new Draft(company);
        slot.usd = company.usd();
        if (year == company.investYear()) {
            slot.date = firstInvestedOn.get(company.name());
            slot.first = true;
            slot.weight = StrictMath.pow(company.scale(), 0.8) * between(1.2, 2.0);
            slot.description = "Construction of the " + lower(company.products().get(0).name()) + " plant";
        } else {
            double chance = Math.min(0.85, 0.25 + 0.015 * company.scale());
            if (random.nextDouble() >= chance) {
                return;
            }
            boolean building = year - company.investYear() <= 4;
            slot.date = date(period.from(), period.to());
            slot.weight = StrictMath.pow(company.scale(), 0.8) * between(0.3, 1.0) * (building ? 1.5 : 1.0);
            slot.description = FOLLOW_UPS[random.nextInt(FOLLOW_UPS.length)] + ": "
                    + lower(company.products().get(random.nextInt(company.products().size())).name());
        }
        slots.add(slot);
    }

    private static final String[] FOLLOW_UPS = { "Capacity expansion", "Second production line",
        "Equipment modernisation", "Warehouse and logistics", "Energy efficiency upgrade", "Quality laboratory" };

    private Draft fixedInvestment(Company company, LocalDate on, BigDecimal azn, int jobs, String description) {
        Draft row = new Draft(company);
        row.date = on;
        row.amount = azn;
        row.currency = CurrencyRates.AZN;
        row.azn = azn;
        row.jobs = jobs;
        row.jobsFixed = true;
        row.first = true;
        row.description = description;
        return row;
    }

    private void shareOutJobs() {
        List<Draft> open = new ArrayList<>();
        int target = PublishedFigures.NATIONAL_JOBS_CREATED;
        for (Draft row : investments) {
            if (row.jobsFixed) {
                target -= row.jobs;
            } else {
                open.add(row);
            }
        }
        double[] weights = new double[open.size()];
        for (int i = 0; i < weights.length; i++) {
            Draft row = open.get(i);
            double millions = row.azn.doubleValue() / 1_000_000d;
            weights[i] = Math.sqrt(millions) * labour(row.company.sector()) * (row.first ? 1.0 : 0.3)
                    * between(0.8, 1.2);
        }
        int[] jobs = largestRemainder(target, weights);
        for (int i = 0; i < jobs.length; i++) {
            open.get(i).jobs = jobs[i];
        }
    }

    private static double labour(Sector sector) {
        return switch (sector) {
            case TEXTILES -> 3.0;
            case FOOD_PROCESSING, AUTOMOTIVE -> 2.0;
            case MACHINERY, ELECTRICAL -> 1.5;
            case PHARMACEUTICAL, CONSTRUCTION_MATERIALS -> 1.2;
            case CHEMICAL -> 0.7;
            case POLYMER, ENERGY -> 0.8;
            default -> 1.0;
        };
    }

    // ---- production -------------------------------------------------------------------------------

    private void planProduction() {
        for (Map.Entry<String, String> cell : SCIP_PRODUCTION.entrySet()) {
            Period period = Period.parse(cell.getKey());
            List<Draft> slots = new ArrayList<>();
            for (Company company : ROSTER) {
                if (company.zoneId().equals(SCIP)) {
                    outputSlot(company, period, 1.0, slots);
                }
            }
            allocate(millions(cell.getValue()), slots, new BigDecimal("0.01"), new BigDecimal("0.10"));
            production.addAll(slots);
        }
        for (Map.Entry<String, String> cell : ZONE_PRODUCTION.entrySet()) {
            List<Draft> slots = new ArrayList<>();
            for (Company company : ROSTER) {
                if (company.zoneId().equals(cell.getKey()) && company.sector() != Sector.AUTOMOTIVE) {
                    for (Period period : years(company.productionYear())) {
                        outputSlot(company, period, StrictMath.pow(1.04, period.from().getYear() - 2013), slots);
                    }
                }
            }
            allocate(millions(cell.getValue()), slots, new BigDecimal("0.01"), new BigDecimal("0.10"));
            production.addAll(slots);
        }
        planAutomotive();
    }

    /** Periods from {@code firstYear} to 2024 by year, then Q1 2025. */
    private static List<Period> years(int firstYear) {
        List<Period> periods = new ArrayList<>();
        if (firstYear <= 0) {
            return periods;
        }
        for (int year = firstYear; year <= 2024; year++) {
            periods.add(Period.parse(Integer.toString(year)));
        }
        periods.add(Period.parse("2025-Q1"));
        return periods;
    }

    /** One production report of {@code company} in {@code period}, if it produces then. */
    private void outputSlot(Company company, Period period, double trend, List<Draft> slots) {
        LocalDate since = producingSince.get(company.name());
        if (since == null || since.isAfter(period.to())) {
            return;
        }
        LocalDate from = since.isAfter(period.from()) ? since : period.from();
        Draft slot = new Draft(company);
        slot.date = date(from, period.to());
        slot.usd = company.usd();
        slot.product = company.products().get(random.nextInt(company.products().size()));
        slot.weight = company.scale() * ramp(since, period) * period.share(from) * trend * between(0.85, 1.15);
        slots.add(slot);
    }

    /** Output grows over a plant's first years. */
    private static double ramp(LocalDate since, Period period) {
        double years = (period.to().toEpochDay() - since.toEpochDay()) / 365.25;
        return Math.min(1.0, 0.35 + 0.25 * years);
    }

    private void planAutomotive() {
        Company ganja = company(GANJA_PLANT);
        Company azermash = company(AZERMASH);
        Company trailers = company(HAJIGABUL_TRAILERS);
        for (Map.Entry<String, String> cell : AUTOMOTIVE_PRODUCTION.entrySet()) {
            Period year = Period.parse(cell.getKey());
            if (year.from().getYear() == 2024) {
                automotive2024(ganja, PublishedFigures.GANJA_2024_AZN, PublishedFigures.GANJA_2024_VEHICLES, 12);
                automotive2024(azermash, PublishedFigures.NEFTCHALA_2024_AZN, PublishedFigures.NEFTCHALA_2024_CARS,
                        12);
                automotive2024(trailers, HAJIGABUL_2024_AUTOMOTIVE_AZN, null, 4);
                continue;
            }
            List<Draft> slots = new ArrayList<>();
            for (Period part : year.split(year.from().getYear() == 2025 ? 3 : 4)) {
                outputSlot(ganja, part, 0.6, slots);
                outputSlot(azermash, part, 0.4, slots);
                outputSlot(trailers, part, 0.05, slots);
            }
            allocate(millions(cell.getValue()), slots, new BigDecimal("0.01"), new BigDecimal("0.10"));
            production.addAll(slots);
        }
    }

    /** A 2024 automotive total (and quantity) of one plant, in {@code parts} monthly or quarterly reports. */
    private void automotive2024(Company company, BigDecimal total, BigDecimal quantity, int parts) {
        List<Draft> slots = new ArrayList<>();
        for (Period part : Period.parse("2024").split(parts)) {
            outputSlot(company, part, 1.0, slots);
        }
        if (slots.size() != parts) {
            throw new IllegalStateException(company.name() + " does not produce all of 2024");
        }
        allocate(total, slots, new BigDecimal("0.01"), new BigDecimal("0.10"));
        if (quantity != null) {
            double[] weights = slots.stream().mapToDouble(s -> s.azn.doubleValue()).toArray();
            int[] units = largestRemainder(quantity.intValueExact(), weights);
            for (int i = 0; i < units.length; i++) {
                slots.get(i).quantity = BigDecimal.valueOf(units[i]);
            }
        }
        production.addAll(slots);
    }

    // ---- exports ----------------------------------------------------------------------------------

    private void planExports() {
        for (Map.Entry<String, String> cell : SCIP_EXPORTS.entrySet()) {
            Period period = Period.parse(cell.getKey());
            boolean quarter = cell.getKey().contains("Q");
            List<Draft> slots = new ArrayList<>();
            for (Company company : ROSTER) {
                if (company.zoneId().equals(SCIP) && company.exporter()) {
                    int shipments = 1 + (company.scale() >= 4 ? (quarter ? 2 : 3) : company.scale() >= 2 ? 1 : 0);
                    shipmentSlots(company, period, shipments, slots);
                }
            }
            allocate(millions(cell.getValue()), slots, new BigDecimal("0.01"), new BigDecimal("0.10"));
            exports.addAll(slots);
        }
        for (Map.Entry<String, String> cell : ZONE_EXPORTS.entrySet()) {
            List<Draft> slots = new ArrayList<>();
            for (Company company : ROSTER) {
                if (company.zoneId().equals(cell.getKey()) && company.exporter()) {
                    for (Period period : years(company.productionYear())) {
                        shipmentSlots(company, period, period.from().getYear() == 2025 ? 1 : 1 + random.nextInt(2),
                                slots);
                    }
                }
            }
            allocate(millions(cell.getValue()), slots, new BigDecimal("0.01"), new BigDecimal("0.10"));
            exports.addAll(slots);
        }
    }

    /** Up to {@code count} shipments of {@code company} in {@code period}, to different countries. */
    private void shipmentSlots(Company company, Period period, int count, List<Draft> slots) {
        LocalDate since = producingSince.get(company.name());
        if (since == null) {
            return;
        }
        LocalDate from = since.plusDays(30);
        if (from.isAfter(period.to())) {
            return;
        }
        if (from.isBefore(period.from())) {
            from = period.from();
        }
        List<String> own = new ArrayList<>(markets.get(company.name()));
        for (int i = 0; i < count && !own.isEmpty(); i++) {
            Draft slot = new Draft(company);
            slot.date = date(from, period.to());
            slot.usd = random.nextDouble() < 0.85;
            slot.product = company.products().get(random.nextInt(company.products().size()));
            slot.country = own.remove(weightedIndex(own.stream().map(c -> (double) COUNTRIES.get(c)).toList()));
            slot.weight = company.scale() * ramp(since, period) * period.share(from) * between(0.6, 1.4);
            slots.add(slot);
        }
    }

    /** 4 to 14 markets per exporter, nearby ones favoured by food, building-material and vehicle makers. */
    private List<String> pickMarkets(Company company) {
        boolean near = switch (company.sector()) {
            case FOOD_PROCESSING, CONSTRUCTION_MATERIALS, AUTOMOTIVE -> true;
            default -> false;
        };
        List<String> pool = new ArrayList<>(COUNTRIES.keySet());
        List<Double> weights = new ArrayList<>();
        for (String country : pool) {
            weights.add(COUNTRIES.get(country) * (near && NEAR.contains(country) ? 6.0 : 1.0));
        }
        int count = 4 + (int) Math.min(10, Math.round(company.scale() * 1.5 + random.nextInt(3)));
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = weightedIndex(weights);
            picked.add(pool.remove(index));
            weights.remove(index);
        }
        return picked;
    }

    /** An index drawn with probability proportional to its weight. */
    private int weightedIndex(List<Double> weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double pick = random.nextDouble() * total;
        for (int i = 0; i < weights.size(); i++) {
            pick -= weights.get(i);
            if (pick < 0) {
                return i;
            }
        }
        return weights.size() - 1;
    }

    /** Every one of the 70 countries gets at least one shipment by CUT_OFF; values are not touched. */
    private void coverAllCountries() {
        Map<String, Integer> used = new TreeMap<>();
        for (Draft row : exports) {
            used.merge(row.country, 1, Integer::sum);
        }
        for (String country : COUNTRIES.keySet()) {
            if (used.containsKey(country)) {
                continue;
            }
            List<Draft> candidates = exports.stream()
                    .filter(row -> used.get(row.country) >= 2 && row.company.sector() != Sector.AUTOMOTIVE)
                    .toList();
            Draft chosen = candidates.get(random.nextInt(candidates.size()));
            used.merge(chosen.country, -1, Integer::sum);
            chosen.country = country;
            used.put(country, 1);
        }
    }

    // ---- after the cut-off ------------------------------------------------------------------------

    /** Az-Tex-Import's plant and April 2025 output and shipments: outside every published total. */
    private void addAfterCutOff() {
        Company azTex = new Company(PublishedFigures.AZ_TEX_INVESTOR, SCIP, Sector.AUTOMOTIVE, 2025, 0, 1, false,
                false, List.of(IVECO_TRUCKS));
        investments.add(fixedInvestment(azTex, PublishedFigures.AZ_TEX_INVESTED_ON, PublishedFigures.AZ_TEX_AZN,
                PublishedFigures.AZ_TEX_JOBS, "IVECO truck and special vehicle assembly plant: 100 vehicles and"
                        + " 300 bodies a year in the first phase; truck bodies localised in the second"));
        Period april = new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
        Period q1 = Period.parse("2025-Q1");
        List<Draft> extra = new ArrayList<>();
        for (Draft row : production) {
            if (q1.contains(row.date) && (row.company.scale() >= 3 || row.company.sector() == Sector.AUTOMOTIVE)
                    && extra.stream().noneMatch(e -> e.company == row.company)) {
                BigDecimal quarter = sum(production, r -> r.company == row.company && q1.contains(r.date));
                Draft next = new Draft(row.company);
                next.date = date(april.from(), april.to());
                next.product = row.product;
                next.amount = quarter.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_EVEN)
                        .multiply(BigDecimal.valueOf(between(0.9, 1.1))).setScale(2, RoundingMode.HALF_EVEN);
                next.currency = CurrencyRates.AZN;
                next.azn = next.amount;
                extra.add(next);
            }
        }
        production.addAll(extra);
        extra.clear();
        for (Draft row : exports) {
            if (q1.contains(row.date) && row.company.zoneId().equals(SCIP) && row.company.scale() >= 4
                    && extra.stream().noneMatch(e -> e.company == row.company)) {
                Draft next = new Draft(row.company);
                next.date = date(april.from(), april.to());
                next.product = row.product;
                next.country = row.country;
                BigDecimal usd = row.azn.divide(PEG, 0, RoundingMode.HALF_EVEN)
                        .multiply(BigDecimal.valueOf(between(0.8, 1.2))).setScale(1, RoundingMode.HALF_EVEN)
                        .setScale(2);
                next.amount = usd;
                next.currency = CurrencyRates.USD;
                next.azn = usd.multiply(PEG).setScale(2, RoundingMode.UNNECESSARY);
                extra.add(next);
            }
        }
        exports.addAll(extra);
    }

    // ---- sharing out ------------------------------------------------------------------------------

    /**
     * Shares {@code target} AZN over {@code slots} by weight: USD slots get a multiple of {@code usdStep} USD
     * (its AZN value exact at 1.70), AZN slots a multiple of {@code aznStep}; the last slot, in AZN, takes
     * the remainder, so the slots add up to {@code target} exactly.
     */
    private static void allocate(BigDecimal target, List<Draft> slots, BigDecimal aznStep, BigDecimal usdStep) {
        if (slots.isEmpty()) {
            throw new IllegalStateException("no slot for a target of " + target);
        }
        double total = slots.stream().mapToDouble(s -> s.weight).sum();
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < slots.size() - 1; i++) {
            Draft slot = slots.get(i);
            BigDecimal share = target.multiply(BigDecimal.valueOf(slot.weight / total));
            if (slot.usd) {
                slot.amount = roundTo(share.divide(PEG, 6, RoundingMode.HALF_EVEN), usdStep);
                slot.currency = CurrencyRates.USD;
                slot.azn = slot.amount.multiply(PEG).setScale(2, RoundingMode.UNNECESSARY);
            } else {
                slot.amount = roundTo(share, aznStep);
                slot.currency = CurrencyRates.AZN;
                slot.azn = slot.amount;
            }
            assigned = assigned.add(slot.azn);
        }
        Draft last = slots.get(slots.size() - 1);
        last.amount = target.subtract(assigned).setScale(2, RoundingMode.UNNECESSARY);
        last.currency = CurrencyRates.AZN;
        last.azn = last.amount;
        BigDecimal fair = target.multiply(BigDecimal.valueOf(last.weight / total));
        if (last.amount.compareTo(fair.multiply(new BigDecimal("0.5"))) < 0) {
            throw new IllegalStateException("remainder " + last.amount + " far below its share " + fair);
        }
    }

    private static BigDecimal roundTo(BigDecimal value, BigDecimal step) {
        BigDecimal rounded = value.divide(step, 0, RoundingMode.HALF_EVEN).multiply(step);
        return (rounded.signum() > 0 ? rounded : step).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Integers proportional to {@code weights} that add up to {@code total} (largest remainder). */
    private static int[] largestRemainder(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] result = new int[weights.length];
        double[] remainders = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            result[i] = (int) Math.floor(exact);
            remainders[i] = exact - result[i];
            assigned += result[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; k < total - assigned; k++) {
            result[order.get(k)]++;
        }
        return result;
    }

    /** Quantities from value and the product's unit price, give or take 7 %. */
    private void fillQuantities(List<Draft> rows) {
        for (Draft row : rows) {
            if (row.quantity != null) {
                continue;
            }
            Product product = row.product;
            BigDecimal estimate = row.azn.divide(product.unitPriceAzn(), 6, RoundingMode.HALF_EVEN)
                    .multiply(BigDecimal.valueOf(between(0.93, 1.07)))
                    .setScale(product.quantityScale(), RoundingMode.HALF_EVEN);
            BigDecimal smallest = BigDecimal.ONE.movePointLeft(product.quantityScale());
            row.quantity = estimate.compareTo(smallest) < 0 ? smallest : estimate;
        }
    }

    // ---- rows -------------------------------------------------------------------------------------

    private List<Scenario.Investment> investmentRows() {
        List<Draft> sorted = sortByDate(investments);
        List<Scenario.Investment> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Draft d = sorted.get(i);
            rows.add(new Scenario.Investment(ref("inv", i), d.zoneId, d.company.name(), d.company.sector(),
                    d.amount, d.currency, d.date, d.jobs, d.description));
        }
        return rows;
    }

    private List<Scenario.Production> productionRows() {
        List<Draft> sorted = sortByDate(production);
        List<Scenario.Production> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Draft d = sorted.get(i);
            rows.add(new Scenario.Production(ref("prod", i), d.zoneId, d.company.name(), d.company.sector(),
                    d.product.name(), d.quantity, d.product.unit(), d.amount, d.currency, d.date));
        }
        return rows;
    }

    private List<Scenario.Export> exportRows() {
        List<Draft> sorted = sortByDate(exports);
        List<Scenario.Export> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Draft d = sorted.get(i);
            rows.add(new Scenario.Export(ref("exp", i), d.zoneId, d.company.name(), d.company.sector(), d.country,
                    d.product.hsCode(), d.product.name(), d.quantity, d.product.unit(), d.amount, d.currency,
                    d.date));
        }
        return rows;
    }

    /** Oldest first; ties by zone and company, then in the order generated (the sort is stable). */
    private static List<Draft> sortByDate(List<Draft> drafts) {
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparing((Draft d) -> d.date).thenComparing(d -> d.zoneId)
                .thenComparing(d -> d.company.name()));
        return sorted;
    }

    private static String ref(String prefix, int index) {
        return String.format(Locale.ROOT, "%s-%04d", prefix, index + 1);
    }

    // ---- plan checks and helpers ------------------------------------------------------------------

    /** The tables add up to the published figures, or the generator refuses to run. */
    private static void checkPlan() {
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
        long scip = ROSTER.stream().filter(c -> c.zoneId().equals(SCIP)).count() + 1; // + BYD
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
        return table.values().stream().map(ScenarioGenerator::millions).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<Draft> rows, Predicate<Draft> filter) {
        return rows.stream().filter(filter).map(r -> r.azn).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal millions(String value) {
        return new BigDecimal(value).multiply(MILLION).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Company company(String name) {
        return ROSTER.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private LocalDate date(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        if (days < 0) {
            throw new IllegalArgumentException(from + " after " + to);
        }
        return from.plusDays(random.nextInt((int) days + 1));
    }

    private double between(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** "Caustic soda" -> "caustic soda", but "BOPP film" and "PET preforms" keep their acronyms. */
    private static String lower(String name) {
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return acronym ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    private static Map<String, String> table(String... keyValues) {
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            table.put(keyValues[i], keyValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(table);
    }

    private static Map<String, Integer> countries(Object... codeWeights) {
        Map<String, Integer> table = new LinkedHashMap<>();
        for (int i = 0; i < codeWeights.length; i += 2) {
            if (table.put((String) codeWeights[i], (Integer) codeWeights[i + 1]) != null) {
                throw new IllegalStateException("duplicate country " + codeWeights[i]);
            }
        }
        return java.util.Collections.unmodifiableMap(table);
    }

    private static Product p(String name, String hsCode, String unit, String unitPriceAzn, int quantityScale) {
        return new Product(name, hsCode, unit, new BigDecimal(unitPriceAzn), quantityScale);
    }

    private static Company scip(String name, Sector sector, int investYear, int productionYear, double scale,
            boolean exporter, boolean usd, Product... products) {
        return new Company(name, SCIP, sector, investYear, productionYear, scale, exporter, usd, List.of(products));
    }

    private static Company c(String name, String zoneId, Sector sector, int investYear, int productionYear,
            double scale, boolean exporter, boolean usd, Product... products) {
        return new Company(name, zoneId, sector, investYear, productionYear, scale, exporter, usd, List.of(products));
    }

    /** A period of dates, inclusive: a year ({@code 2013}) or a quarter ({@code 2024-Q1}). */
    record Period(LocalDate from, LocalDate to) {

        static Period parse(String label) {
            if (label.contains("-Q")) {
                int year = Integer.parseInt(label.substring(0, 4));
                int quarter = Integer.parseInt(label.substring(6));
                LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
                return new Period(from, from.plusMonths(3).minusDays(1));
            }
            int year = Integer.parseInt(label);
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }

        boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }

        /** The part of this period from {@code start} on, as a fraction of its days. */
        double share(LocalDate start) {
            double all = to.toEpochDay() - from.toEpochDay() + 1;
            return (to.toEpochDay() - start.toEpochDay() + 1) / all;
        }

        /** {@code parts} consecutive periods of whole months (12 = months, 4 = quarters, 3 = months of Q1). */
        List<Period> split(int parts) {
            long months = (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue() + 1;
            if (months % parts != 0) {
                throw new IllegalArgumentException(months + " months in " + parts + " parts");
            }
            List<Period> periods = new ArrayList<>();
            LocalDate start = from;
            for (int i = 0; i < parts; i++) {
                LocalDate next = start.plusMonths(months / parts);
                periods.add(new Period(start, next.minusDays(1)));
                start = next;
            }
            return periods;
        }
    }

    /** A row being planned. */
    private static final class Draft {
        final Company company;
        final String zoneId;
        LocalDate date;
        double weight;
        boolean usd;
        boolean first;
        Product product;
        String country;
        BigDecimal amount;
        String currency;
        BigDecimal azn;
        BigDecimal quantity;
        int jobs;
        boolean jobsFixed;
        String description;

        Draft(Company company) {
            this.company = company;
            this.zoneId = company.zoneId();
        }
    }
}
