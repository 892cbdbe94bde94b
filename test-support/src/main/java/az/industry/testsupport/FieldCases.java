package az.industry.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import az.industry.testsupport.HostileCorpus.Case;

/** Every field of a valid body given a wrong JSON type or a hostile value for its kind, left out, given twice, or unknown. */
final class FieldCases {

    private final BodyMutations body;
    private final Set<String> freeText;
    private final Set<String> optional;

    FieldCases(BodyMutations body, Set<String> freeText, Set<String> optional) {
        this.body = body;
        this.freeText = freeText;
        this.optional = optional;
    }

    /** Adds the cases to {@code cases}, each mutated body passed through {@code wrap} (e.g. into a batch). */
    void addTo(List<Case> cases, UnaryOperator<String> wrap) {
        for (Map.Entry<String, Object> field : body.fields().entrySet()) {
            String name = field.getKey();
            for (String raw : values(name, field.getValue())) {
                if (optional.contains(name) && raw.equals("null")) {
                    continue;
                }
                cases.add(Case.json(name + " = " + HostileCorpus.shorten(raw), wrap.apply(body.with(name, raw))));
            }
            if (!optional.contains(name)) {
                cases.add(Case.json("without " + name, wrap.apply(body.without(name))));
            }
            cases.add(Case.json(name + " given twice", wrap.apply(body.twice(name))));
        }
        cases.add(Case.json("an unknown field", wrap.apply(body.with("unknownField", "1"))));
        cases.add(Case.json("a misspelt field", wrap.apply(body.with(body.fields().keySet().iterator().next() + "x", "\"x\""))));
    }

    /** The hostile raw values of field {@code name}, whose valid value is {@code v}. */
    private List<String> values(String name, Object v) {
        List<String> values = new ArrayList<>(HostileValues.ANY_FIELD);
        if (v instanceof Number) {
            values.addAll(HostileValues.NUMBER);
        } else if (HostileValues.isDate(v)) {
            values.addAll(HostileValues.DATE_VALUES);
        } else if (freeText.contains(name)) {
            values.addAll(HostileValues.TEXT);
            if (!optional.contains(name)) {
                values.add("\"\"");
                values.add("null");
            }
        } else {
            values.addAll(HostileValues.VOCABULARY);
            values.add("null");
        }
        return values;
    }
}
