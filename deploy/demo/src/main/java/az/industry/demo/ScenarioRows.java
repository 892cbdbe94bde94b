package az.industry.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Turns the planned drafts into scenario rows, sorted by date and numbered ({@code inv-0001}, ...). */
final class ScenarioRows {

    private ScenarioRows() {
    }

    static List<Scenario.Investment> investments(List<Draft> investments) {
        List<Draft> sorted = sortByDate(investments);
        List<Scenario.Investment> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Draft d = sorted.get(i);
            rows.add(new Scenario.Investment(ref("inv", i), d.zoneId, d.company.name(), d.company.sector(),
                    d.amount, d.currency, d.date, d.jobs, d.description));
        }
        return rows;
    }

    static List<Scenario.Production> production(List<Draft> production) {
        List<Draft> sorted = sortByDate(production);
        List<Scenario.Production> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Draft d = sorted.get(i);
            rows.add(new Scenario.Production(ref("prod", i), d.zoneId, d.company.name(), d.company.sector(),
                    d.product.name(), d.quantity, d.product.unit(), d.amount, d.currency, d.date));
        }
        return rows;
    }

    static List<Scenario.Export> exports(List<Draft> exports) {
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
}
