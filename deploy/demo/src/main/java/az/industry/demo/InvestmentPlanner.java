package az.industry.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.zone.Sector;

/** Plans the investments up to the cut-off, the named ones included, and shares the jobs out over them. */
final class InvestmentPlanner {

    private static final String[] FOLLOW_UPS = { "Capacity expansion", "Second production line",
        "Equipment modernisation", "Warehouse and logistics", "Energy efficiency upgrade", "Quality laboratory" };

    private final PlanningState state;

    InvestmentPlanner(PlanningState state) {
        this.state = state;
    }

    void plan() {
        // Named investments (the article).
        Company byd = new Company(PublishedFigures.BYD_INVESTOR, PublishedFigures.SCIP, Sector.AUTOMOTIVE, 2024, 0,
                1, false, false, List.of(CompanyRoster.BYD_BUSES));
        Draft bydRow = fixedInvestment(byd, ScenarioTables.BYD_INVESTED_ON, PublishedFigures.BYD_AZN,
                ScenarioTables.BYD_JOBS, "Electric bus manufacturing plant (jobs not yet announced)");
        Company jv = new Company(PublishedFigures.GANJA_JV_INVESTOR, PublishedFigures.GANJA, Sector.AUTOMOTIVE, 2024,
                0, 1, false, false, List.of(CompanyRoster.JV_VEHICLES));
        Draft jvRow = fixedInvestment(jv, ScenarioTables.GANJA_JV_INVESTED_ON, PublishedFigures.GANJA_JV_AZN,
                PublishedFigures.GANJA_JV_JOBS, "Joint venture with Uzbekistan: plant to assemble up to 30,000"
                        + " vehicles a year, with welding, painting and assembly lines");

        // SCIP, per year.
        for (Map.Entry<String, String> cell : ScenarioTables.SCIP_INVESTMENT.entrySet()) {
            Period period = Period.parse(cell.getKey());
            List<Draft> slots = new ArrayList<>();
            for (Company company : CompanyRoster.ROSTER) {
                if (company.zoneId().equals(PublishedFigures.SCIP)) {
                    investmentSlots(company, period, slots);
                }
            }
            BigDecimal target = ScenarioTables.millions(cell.getValue());
            if (period.contains(ScenarioTables.BYD_INVESTED_ON)) {
                target = target.subtract(bydRow.azn);
            }
            Allocation.allocate(target, slots, new BigDecimal("1000"), new BigDecimal("1000"));
            state.investments.addAll(slots);
        }
        // Other zones, per zone over all years.
        for (Map.Entry<String, String> cell : ScenarioTables.ZONE_INVESTMENT.entrySet()) {
            List<Draft> slots = new ArrayList<>();
            for (Company company : CompanyRoster.ROSTER) {
                if (company.zoneId().equals(cell.getKey())) {
                    for (int year = company.investYear(); year <= 2025; year++) {
                        investmentSlots(company, Period.parse(year == 2025 ? "2025-Q1" : Integer.toString(year)),
                                slots);
                    }
                }
            }
            BigDecimal target = ScenarioTables.millions(cell.getValue());
            if (cell.getKey().equals(jvRow.zoneId)) {
                target = target.subtract(jvRow.azn);
            }
            Allocation.allocate(target, slots, new BigDecimal("1000"), new BigDecimal("1000"));
            state.investments.addAll(slots);
        }
        state.investments.add(bydRow);
        state.investments.add(jvRow);
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
            slot.date = state.firstInvestedOn.get(company.name());
            slot.first = true;
            slot.weight = StrictMath.pow(company.scale(), 0.8) * state.between(1.2, 2.0);
            slot.description = "Construction of the " + lower(company.products().get(0).name()) + " plant";
        } else {
            double chance = Math.min(0.85, 0.25 + 0.015 * company.scale());
            if (state.nextDouble() >= chance) {
                return;
            }
            boolean building = year - company.investYear() <= 4;
            slot.date = state.date(period.from(), period.to());
            slot.weight = StrictMath.pow(company.scale(), 0.8) * state.between(0.3, 1.0) * (building ? 1.5 : 1.0);
            slot.description = FOLLOW_UPS[state.nextInt(FOLLOW_UPS.length)] + ": "
                    + lower(company.products().get(state.nextInt(company.products().size())).name());
        }
        slots.add(slot);
    }

    /** A named investment: amount, date and jobs as given, not shared out. */
    static Draft fixedInvestment(Company company, LocalDate on, BigDecimal azn, int jobs, String description) {
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

    /** The jobs not fixed by a named investment, by size and sector, with the largest-remainder method. */
    void shareOutJobs() {
        List<Draft> open = new ArrayList<>();
        int target = PublishedFigures.NATIONAL_JOBS_CREATED;
        for (Draft row : state.investments) {
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
                    * state.between(0.8, 1.2);
        }
        int[] jobs = Allocation.largestRemainder(target, weights);
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

    /** "Caustic soda" -> "caustic soda", but "BOPP film" and "PET preforms" keep their acronyms. */
    private static String lower(String name) {
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return acronym ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
