package az.industry.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.zone.Sector;

/** Adds the rows dated after the cut-off, which exercise date filters and are in none of the published totals. */
final class AfterCutOffPlanner {

    private final PlanningState state;

    AfterCutOffPlanner(PlanningState state) {
        this.state = state;
    }

    /** Az-Tex-Import's plant and April 2025 output and shipments: outside every published total. */
    void plan() {
        Company azTex = new Company(PublishedFigures.AZ_TEX_INVESTOR, PublishedFigures.SCIP, Sector.AUTOMOTIVE, 2025,
                0, 1, false, false, List.of(CompanyRoster.IVECO_TRUCKS));
        state.investments.add(InvestmentPlanner.fixedInvestment(azTex, PublishedFigures.AZ_TEX_INVESTED_ON,
                PublishedFigures.AZ_TEX_AZN, PublishedFigures.AZ_TEX_JOBS, "IVECO truck and special vehicle assembly"
                        + " plant: 100 vehicles and 300 bodies a year in the first phase; truck bodies localised in"
                        + " the second"));
        Period april = new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
        Period q1 = Period.parse("2025-Q1");
        List<Draft> extra = new ArrayList<>();
        for (Draft row : state.production) {
            if (q1.contains(row.date) && (row.company.scale() >= 3 || row.company.sector() == Sector.AUTOMOTIVE)
                    && extra.stream().noneMatch(e -> e.company == row.company)) {
                BigDecimal quarter = sum(state.production, r -> r.company == row.company && q1.contains(r.date));
                Draft next = new Draft(row.company);
                next.date = state.date(april.from(), april.to());
                next.product = row.product;
                next.amount = quarter.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_EVEN)
                        .multiply(BigDecimal.valueOf(state.between(0.9, 1.1))).setScale(2, RoundingMode.HALF_EVEN);
                next.currency = CurrencyRates.AZN;
                next.azn = next.amount;
                extra.add(next);
            }
        }
        state.production.addAll(extra);
        extra.clear();
        for (Draft row : state.exports) {
            if (q1.contains(row.date) && row.company.zoneId().equals(PublishedFigures.SCIP)
                    && row.company.scale() >= 4 && extra.stream().noneMatch(e -> e.company == row.company)) {
                Draft next = new Draft(row.company);
                next.date = state.date(april.from(), april.to());
                next.product = row.product;
                next.country = row.country;
                BigDecimal usd = row.azn.divide(Allocation.PEG, 0, RoundingMode.HALF_EVEN)
                        .multiply(BigDecimal.valueOf(state.between(0.8, 1.2))).setScale(1, RoundingMode.HALF_EVEN)
                        .setScale(2);
                next.amount = usd;
                next.currency = CurrencyRates.USD;
                next.azn = usd.multiply(Allocation.PEG).setScale(2, RoundingMode.UNNECESSARY);
                extra.add(next);
            }
        }
        state.exports.addAll(extra);
    }

    private static BigDecimal sum(List<Draft> rows, Predicate<Draft> filter) {
        return rows.stream().filter(filter).map(r -> r.azn).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
