package az.industry.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The hostile requests no write endpoint may accept, for recording one, a batch and a void; pure, it only builds bytes. */
public final class HostileCorpus {

    /** One hostile request: what it tries, its Content-Type (null: none) and its body. */
    public record Case(String name, String contentType, byte[] body) {

        /** A case sent as {@code application/json}, its body {@code body} in UTF-8. */
        static Case json(String name, String body) {
            return new Case(name, JSON_TYPE, body.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String JSON_TYPE = "application/json";

    private final BodyMutations body;
    private final FieldCases fields;
    private final CsvCorpus csv;

    /**
     * {@code valid}: a body the endpoint accepts; {@code freeText}: its fields a person writes freely (every other string
     * field has a fixed vocabulary or is a date); {@code optional}: fields it may leave out.
     */
    public HostileCorpus(Map<String, Object> valid, Set<String> freeText, Set<String> optional) {
        this.body = new BodyMutations(valid);
        this.fields = new FieldCases(body, freeText, optional);
        this.csv = new CsvCorpus(body, freeText);
    }

    /** Hostile bodies for the endpoint that records one ({@code POST /api/...}). */
    public List<Case> single() {
        List<Case> cases = new ArrayList<>();
        String compact = body.compact();
        StructureCases.truncations("prefix", compact, cases);
        StructureCases.truncations("pretty prefix", body.pretty(), cases);
        fields.addTo(cases, raw -> raw);
        StructureCases.structure(compact, cases, false);
        StructureCases.contentTypes(compact, cases);
        return cases;
    }

    /** Hostile bodies for {@code POST .../batch}: JSON arrays with one bad record among good ones, and bad CSV. */
    public List<Case> batch() {
        List<Case> cases = new ArrayList<>();
        String good = body.compact();
        String array = "[" + good + "," + good + "]";
        StructureCases.truncations("array prefix", array, cases);
        fields.addTo(cases, raw -> "[" + good + "," + raw + "]");
        StructureCases.structure(good, cases, true);
        StructureCases.contentTypes(array, cases);
        csv.addTo(cases);
        return cases;
    }

    /** Hostile bodies for {@code POST .../{id}/void}. */
    public static List<Case> voidBodies() {
        return VoidCorpus.bodies();
    }

    /** Ids no record has, or that are no id at all (the void endpoint's path). */
    public static List<String> hostileIds() {
        return HostileValues.IDS;
    }

    /** A case name: at most 40 characters, control and odd characters as their code points. */
    static String shorten(String raw) {
        StringBuilder s = new StringBuilder();
        raw.codePoints().limit(40).forEach(cp -> {
            if (cp < 0x20 || cp > 0x7E) {
                s.append(String.format("<U+%04X>", cp));
            } else {
                s.appendCodePoint(cp);
            }
        });
        return raw.length() > 40 ? s + "… (" + raw.length() + " chars)" : s.toString();
    }
}
