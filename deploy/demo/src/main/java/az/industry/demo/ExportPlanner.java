package az.industry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import az.industry.contracts.zone.Sector;

/** Plans the export shipments up to the cut-off: each exporter's markets, the shipments, all 70 countries. */
final class ExportPlanner {

    private final PlanningState state;

    ExportPlanner(PlanningState state) {
        this.state = state;
    }

    void plan() {
        for (Map.Entry<String, String> cell : ScenarioTables.SCIP_EXPORTS.entrySet()) {
            Period period = Period.parse(cell.getKey());
            boolean quarter = cell.getKey().contains("Q");
            List<Draft> slots = new ArrayList<>();
            for (Company company : CompanyRoster.ROSTER) {
                if (company.zoneId().equals(PublishedFigures.SCIP) && company.exporter()) {
                    int shipments = 1 + (company.scale() >= 4 ? (quarter ? 2 : 3) : company.scale() >= 2 ? 1 : 0);
                    shipmentSlots(company, period, shipments, slots);
                }
            }
            Allocation.allocateFinely(ScenarioTables.millions(cell.getValue()), slots);
            state.exports.addAll(slots);
        }
        for (Map.Entry<String, String> cell : ScenarioTables.ZONE_EXPORTS.entrySet()) {
            List<Draft> slots = new ArrayList<>();
            for (Company company : CompanyRoster.ROSTER) {
                if (company.zoneId().equals(cell.getKey()) && company.exporter()) {
                    for (Period period : Period.years(company.productionYear())) {
                        shipmentSlots(company, period,
                                period.from().getYear() == 2025 ? 1 : 1 + state.nextInt(2), slots);
                    }
                }
            }
            Allocation.allocateFinely(ScenarioTables.millions(cell.getValue()), slots);
            state.exports.addAll(slots);
        }
    }

    /** Up to {@code count} shipments of {@code company} in {@code period}, to different countries. */
    private void shipmentSlots(Company company, Period period, int count, List<Draft> slots) {
        LocalDate since = state.producingSince.get(company.name());
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
        List<String> own = new ArrayList<>(state.markets.get(company.name()));
        for (int i = 0; i < count && !own.isEmpty(); i++) {
            Draft slot = new Draft(company);
            slot.date = state.date(from, period.to());
            slot.usd = state.nextDouble() < 0.85;
            slot.product = company.products().get(state.nextInt(company.products().size()));
            slot.country = own.remove(weightedIndex(
                    own.stream().map(c -> (double) ScenarioTables.COUNTRIES.get(c)).toList()));
            slot.weight = company.scale() * ProductionPlanner.ramp(since, period) * period.share(from)
                    * state.between(0.6, 1.4);
            slots.add(slot);
        }
    }

    /** 4 to 14 markets per exporter, nearby ones favoured by food, building-material and vehicle makers. */
    List<String> pickMarkets(Company company) {
        boolean near = switch (company.sector()) {
            case FOOD_PROCESSING, CONSTRUCTION_MATERIALS, AUTOMOTIVE -> true;
            default -> false;
        };
        List<String> pool = new ArrayList<>(ScenarioTables.COUNTRIES.keySet());
        List<Double> weights = new ArrayList<>();
        for (String country : pool) {
            weights.add(ScenarioTables.COUNTRIES.get(country)
                    * (near && ScenarioTables.NEAR.contains(country) ? 6.0 : 1.0));
        }
        int count = 4 + (int) Math.min(10, Math.round(company.scale() * 1.5 + state.nextInt(3)));
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
        double pick = state.nextDouble() * total;
        for (int i = 0; i < weights.size(); i++) {
            pick -= weights.get(i);
            if (pick < 0) {
                return i;
            }
        }
        return weights.size() - 1;
    }

    /** Every one of the 70 countries gets at least one shipment by CUT_OFF; values are not touched. */
    void coverAllCountries() {
        Map<String, Integer> used = new TreeMap<>();
        for (Draft row : state.exports) {
            used.merge(row.country, 1, Integer::sum);
        }
        for (String country : ScenarioTables.COUNTRIES.keySet()) {
            if (used.containsKey(country)) {
                continue;
            }
            List<Draft> candidates = state.exports.stream()
                    .filter(row -> used.get(row.country) >= 2 && row.company.sector() != Sector.AUTOMOTIVE)
                    .toList();
            Draft chosen = candidates.get(state.nextInt(candidates.size()));
            used.merge(chosen.country, -1, Integer::sum);
            chosen.country = country;
            used.put(country, 1);
        }
    }
}
