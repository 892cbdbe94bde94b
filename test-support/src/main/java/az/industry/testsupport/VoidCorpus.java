package az.industry.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import az.industry.testsupport.HostileCorpus.Case;

/** Hostile bodies for voiding a record: prefixes of its reason body, hostile reasons, broken structure, bad bytes and types. */
final class VoidCorpus {

    private static final String BODY = "{\"reason\":\"entered twice by mistake, see ticket 42\"}";
    private static final String LONG_REASON = "{\"reason\":\"" + ("Qeyd səhvən iki dəfə daxil edilib; the shipment was recorded twice by"
            + " the operator at the Sumgayit Chemical Industrial Park, see ticket 42 and the e-mail of 2025-03-14 from the"
            + " zone's investment officer, who confirmed that only the first record stands \\u2014 \\\"duplicate\\\"") + "\"}";

    private VoidCorpus() {
    }

    static List<Case> bodies() {
        List<Case> cases = new ArrayList<>();
        StructureCases.truncations("void prefix", BODY, cases);
        StructureCases.truncations("pretty void prefix", "{\n  \"reason\" : \"entered twice by mistake\"\n}", cases);
        StructureCases.truncations("long void prefix", LONG_REASON, cases);
        StructureCases.truncations("long pretty void prefix",
                LONG_REASON.replace("{\"reason\":", "{\r\n\t\"reason\" :\t").replace("\"}", "\"\r\n}"), cases);
        for (String raw : concat(HostileValues.NUMBER, HostileValues.DATE_VALUES)) {
            if (!raw.startsWith("\"") && !raw.equals("null")) {
                cases.add(Case.json("reason = " + HostileCorpus.shorten(raw), "{\"reason\":" + raw + "}"));
            }
        }
        for (String v : concat(HostileValues.ANY_FIELD, HostileValues.TEXT, List.of("null", "\"\""))) {
            cases.add(Case.json("reason = " + HostileCorpus.shorten(v), "{\"reason\":" + v + "}"));
        }
        cases.add(Case.json("reason too long", "{\"reason\":\"" + "r".repeat(501) + "\"}"));
        cases.add(Case.json("reason given twice", "{\"reason\":\"a\",\"reason\":\"b\"}"));
        cases.add(Case.json("unknown key beside reason", "{\"reason\":\"a\",\"voidedBy\":\"someone-else\"}"));
        for (String tail : List.of("}", "}}}}", " x", ",{}", "[]", "\u0000")) {
            cases.add(Case.json("void body then " + HostileCorpus.shorten(tail), BODY + tail));
        }
        for (String top : List.of("", "null", "[]", "\"reason\"", "42", "true", "{}", "[" + BODY + "]")) {
            cases.add(Case.json("void body " + HostileCorpus.shorten(top), top));
        }
        cases.add(Case.json("void body deeply nested", StructureCases.nested(100_000)));
        cases.add(new Case("void body with invalid UTF-8", HostileCorpus.JSON_TYPE,
                RawBytes.splice("{\"reason\":\"", new byte[] { (byte) 0xC3, 0x28 }, "\"}")));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            cases.add(new Case("void body as " + type, type, BODY.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(new Case("void body without a content type", null, BODY.getBytes(StandardCharsets.UTF_8)));
        return cases;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
