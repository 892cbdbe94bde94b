package az.industry.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import az.industry.contracts.zone.Sector;

/** Plans the production reports up to the cut-off: SCIP per period, the other zones per zone, and vehicles. */
final class ProductionPlanner {

    private final PlanningState state;

    ProductionPlanner(PlanningState state) {
        this.state = state;
    }

    void plan() {
        for (Map.Entry<String, String> cell : ScenarioTables.SCIP_PRODUCTION.entrySet()) {
            Period period = Period.parse(cell.getKey());
            List<Draft> slots = new ArrayList<>();
            for (Company company : CompanyRoster.ROSTER) {
                if (company.zoneId().equals(PublishedFigures.SCIP)) {
                    outputSlot(company, period, 1.0, slots);
                }
            }
            Allocation.allocateFinely(ScenarioTables.millions(cell.getValue()), slots);
            state.production.addAll(slots);
        }
        for (Map.Entry<String, String> cell : ScenarioTables.ZONE_PRODUCTION.entrySet()) {
            List<Draft> slots = new ArrayList<>();
            for (Company company : CompanyRoster.ROSTER) {
                if (company.zoneId().equals(cell.getKey()) && company.sector() != Sector.AUTOMOTIVE) {
                    for (Period period : Period.years(company.productionYear())) {
                        outputSlot(company, period, StrictMath.pow(1.04, period.from().getYear() - 2013), slots);
                    }
                }
            }
            Allocation.allocateFinely(ScenarioTables.millions(cell.getValue()), slots);
            state.production.addAll(slots);
        }
        planAutomotive();
    }

    /** One production report of {@code company} in {@code period}, if it produces then. */
    private void outputSlot(Company company, Period period, double trend, List<Draft> slots) {
        LocalDate since = state.producingSince.get(company.name());
        if (since == null || since.isAfter(period.to())) {
            return;
        }
        LocalDate from = since.isAfter(period.from()) ? since : period.from();
        Draft slot = new Draft(company);
        slot.date = state.date(from, period.to());
        slot.usd = company.usd();
        slot.product = company.products().get(state.nextInt(company.products().size()));
        slot.weight = company.scale() * ramp(since, period) * period.share(from) * trend * state.between(0.85, 1.15);
        slots.add(slot);
    }

    /** Output grows over a plant's first years. */
    static double ramp(LocalDate since, Period period) {
        double years = (period.to().toEpochDay() - since.toEpochDay()) / 365.25;
        return Math.min(1.0, 0.35 + 0.25 * years);
    }

    private void planAutomotive() {
        Company ganja = CompanyRoster.company(CompanyRoster.GANJA_PLANT);
        Company azermash = CompanyRoster.company(CompanyRoster.AZERMASH);
        Company trailers = CompanyRoster.company(CompanyRoster.HAJIGABUL_TRAILERS);
        for (Map.Entry<String, String> cell : ScenarioTables.AUTOMOTIVE_PRODUCTION.entrySet()) {
            Period year = Period.parse(cell.getKey());
            if (year.from().getYear() == 2024) {
                automotive2024(ganja, PublishedFigures.GANJA_2024_AZN, PublishedFigures.GANJA_2024_VEHICLES, 12);
                automotive2024(azermash, PublishedFigures.NEFTCHALA_2024_AZN, PublishedFigures.NEFTCHALA_2024_CARS,
                        12);
                automotive2024(trailers, ScenarioTables.HAJIGABUL_2024_AUTOMOTIVE_AZN, null, 4);
                continue;
            }
            List<Draft> slots = new ArrayList<>();
            for (Period part : year.split(year.from().getYear() == 2025 ? 3 : 4)) {
                outputSlot(ganja, part, 0.6, slots);
                outputSlot(azermash, part, 0.4, slots);
                outputSlot(trailers, part, 0.05, slots);
            }
            Allocation.allocateFinely(ScenarioTables.millions(cell.getValue()), slots);
            state.production.addAll(slots);
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
        Allocation.allocateFinely(total, slots);
        if (quantity != null) {
            double[] weights = slots.stream().mapToDouble(s -> s.azn.doubleValue()).toArray();
            int[] units = Allocation.largestRemainder(quantity.intValueExact(), weights);
            for (int i = 0; i < units.length; i++) {
                slots.get(i).quantity = BigDecimal.valueOf(units[i]);
            }
        }
        state.production.addAll(slots);
    }
}
