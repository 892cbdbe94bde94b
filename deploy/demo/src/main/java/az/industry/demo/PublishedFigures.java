package az.industry.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import az.industry.contracts.zone.ZoneCatalogue;

/**
 * The figures published about Azerbaijan's industrial zones (see {@code deploy/demo/README.md} for the source
 * text), as the exact values the scenario reproduces. Amounts are AZN with 2 decimals, ratios have 4 decimals
 * (rounded half-even, as the reporting service rounds them).
 *
 * <p>Every figure is a sum over records filtered by the record's own date ({@code investedOn},
 * {@code producedOn}, {@code shippedOn}), the way the reporting service filters with {@code ?from=&to=}.
 */
public final class PublishedFigures {

    /** Sumgayit Chemical Industrial Park was established in 2011; no record is older. */
    public static final LocalDate SINCE = LocalDate.of(2011, 1, 1);
    /** The published totals are "to date" as of the end of Q1 2025. */
    public static final LocalDate CUT_OFF = LocalDate.of(2025, 3, 31);

    // ---- national, all 13 zones, SINCE..CUT_OFF ----
    public static final BigDecimal NATIONAL_INVESTMENT_AZN = new BigDecimal("8100000000.00");
    /** 8.1 bn AZN / 1.70 (the press rounded it to "$4.7 billion"). */
    public static final BigDecimal NATIONAL_INVESTMENT_USD = new BigDecimal("4764705882.35");
    public static final int NATIONAL_JOBS_CREATED = 10_700;
    public static final BigDecimal NATIONAL_PRODUCTION_AZN = new BigDecimal("15400000000.00");
    /** 15.4 bn AZN / 1.70 ("$9 billion"). */
    public static final BigDecimal NATIONAL_PRODUCTION_USD = new BigDecimal("9058823529.41");
    /** Distinct {@code destinationCountry} of the export shipments ("around 70 countries"). */
    public static final int NATIONAL_EXPORT_DESTINATIONS = 70;

    // ---- Sumgayit Chemical Industrial Park, SINCE..CUT_OFF ----
    public static final String SCIP = ZoneCatalogue.SUMGAYIT_CHEMICAL;
    /** Distinct investors and producers ("nearly 40 companies"). */
    public static final int SCIP_COMPANIES = 40;
    public static final BigDecimal SCIP_INVESTMENT_AZN = new BigDecimal("6000000000.00");
    /** 6 bn AZN / 1.70 ("$3.5 billion"). */
    public static final BigDecimal SCIP_INVESTMENT_USD = new BigDecimal("3529411764.71");
    public static final BigDecimal SCIP_PRODUCTION_AZN = new BigDecimal("14000000000.00");
    /** 14 bn AZN / 1.70 ("$8.2 billion"). */
    public static final BigDecimal SCIP_PRODUCTION_USD = new BigDecimal("8235294117.65");
    public static final BigDecimal SCIP_EXPORTS_AZN = new BigDecimal("4900000000.00");
    /** Exports / production ("35% of which has been exported"). */
    public static final BigDecimal SCIP_EXPORT_SHARE = new BigDecimal("0.3500");

    // ---- Sumgayit Chemical Industrial Park, Q1 2025 against Q1 2024 ----
    public static final LocalDate Q1_2024_FROM = LocalDate.of(2024, 1, 1);
    public static final LocalDate Q1_2024_TO = LocalDate.of(2024, 3, 31);
    public static final LocalDate Q1_2025_FROM = LocalDate.of(2025, 1, 1);
    public static final LocalDate Q1_2025_TO = LocalDate.of(2025, 3, 31);
    public static final BigDecimal SCIP_Q1_2025_PRODUCTION_GROWTH = new BigDecimal("0.1420");
    public static final BigDecimal SCIP_Q1_2025_EXPORTS_GROWTH = new BigDecimal("0.1720");

    // ---- automotive (sector AUTOMOTIVE) production, all zones ----
    public static final LocalDate AUTOMOTIVE_FROM = LocalDate.of(2018, 1, 1);
    public static final LocalDate AUTOMOTIVE_TO = LocalDate.of(2024, 12, 31);
    public static final BigDecimal AUTOMOTIVE_2018_2024_AZN = new BigDecimal("442500000.00");
    /** 2024 against 2023 ("a 34% increase"). */
    public static final BigDecimal AUTOMOTIVE_2024_GROWTH = new BigDecimal("0.3400");
    public static final String GANJA = "ganja-industrial-park";
    public static final BigDecimal GANJA_2024_VEHICLES = new BigDecimal("3761");
    public static final String GANJA_2024_UNIT = "vehicles";
    public static final BigDecimal GANJA_2024_AZN = new BigDecimal("107500000.00");
    public static final String NEFTCHALA = "neftchala-industrial-quarter";
    public static final BigDecimal NEFTCHALA_2024_CARS = new BigDecimal("2182");
    public static final String NEFTCHALA_2024_UNIT = "cars";
    public static final BigDecimal NEFTCHALA_2024_AZN = new BigDecimal("54650000.00");

    // ---- named investments, one record each ----
    public static final String BYD_INVESTOR = "BYD";
    public static final BigDecimal BYD_AZN = new BigDecimal("29000000.00");
    public static final String GANJA_JV_INVESTOR = "Ganja Auto JV (Uzbekistan)";
    public static final BigDecimal GANJA_JV_AZN = new BigDecimal("88000000.00");
    public static final int GANJA_JV_JOBS = 1_200;
    public static final String AZ_TEX_INVESTOR = "Az-Tex-Import";
    /** The IVECO truck plant was launched on 30 April 2025: after CUT_OFF, so in none of the totals above. */
    public static final LocalDate AZ_TEX_INVESTED_ON = LocalDate.of(2025, 4, 30);
    public static final int AZ_TEX_JOBS = 150;
    /** Not published; the scenario's plausible choice. */
    public static final BigDecimal AZ_TEX_AZN = new BigDecimal("15000000.00");

    /** The official peg, AZN per USD. */
    public static final BigDecimal USD_PEG = new BigDecimal("1.70");

    private PublishedFigures() {
    }
}
