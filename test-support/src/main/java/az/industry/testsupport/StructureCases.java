package az.industry.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import az.industry.testsupport.HostileCorpus.Case;

/** Hostile shapes of a whole JSON body: its prefixes, broken structure, trailing garbage, deep nesting, bad bytes, wrong types. */
final class StructureCases {

    private StructureCases() {
    }

    /** Every prefix of {@code body} that does not split a surrogate pair. */
    static void truncations(String what, String body, List<Case> cases) {
        for (int i = 0; i < body.length(); i++) {
            if (Character.isLowSurrogate(body.charAt(i))) {
                continue;
            }
            cases.add(Case.json(what + " of " + i + " chars", body.substring(0, i)));
        }
    }

    /** Broken structure around {@code body} (a record; {@code batch}: wanted in a list), bad bytes and trailing garbage. */
    static void structure(String body, List<Case> cases, boolean batch) {
        String what = batch ? "batch" : "body";
        List<String> tops = new ArrayList<>(List.of("", " ", "null", "\"text\"", "42", "true", "{", "}", "[", "]", "[[]]", "{}{}",
                "\u0000", "\uFEFF"));
        tops.add(batch ? body : "[" + body + "]"); // a record where a list is wanted, and the other way round
        tops.add(batch ? "[]" : "{}");
        tops.add(batch ? "[null]" : "{\"\":\"\"}");
        tops.add(batch ? "[" + body + ",]" : "{,}");
        tops.add(batch ? "[" + body + " " + body + "]" : body.replace(",", ",,"));
        tops.add(body.replace("\"", "'"));
        tops.add(body.replace(":", "="));
        tops.add(body.substring(1));
        for (String top : tops) {
            cases.add(Case.json(what + " " + HostileCorpus.shorten(top), top));
        }
        String full = batch ? "[" + body + "]" : body;
        for (String tail : List.of("}", "}}}}", "]", " x", ",", ",{}", "[]", "{}", "\u0000", "//", "/* c */", "null")) {
            cases.add(Case.json(what + " then " + HostileCorpus.shorten(tail), full + tail));
        }
        cases.add(Case.json(what + " deeply nested (100,000 levels)", nested(100_000)));
        cases.add(Case.json(what + " deeply nested (2,000 levels)", nested(2_000)));
        cases.add(Case.json(what + " 8 MB", "[\"" + "x".repeat(8 << 20) + "\"]"));
        int quote = full.indexOf(":\"") + 2;
        String head = full.substring(0, quote);
        String rest = full.substring(quote);
        byte[][] badBytes = { { (byte) 0xFF }, { (byte) 0xC0, (byte) 0xAF }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
                { (byte) 0xC3, 0x28 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 } };
        for (byte[] bad : badBytes) {
            cases.add(new Case(what + " with invalid UTF-8 " + RawBytes.hex(bad), HostileCorpus.JSON_TYPE, RawBytes.splice(head, bad, rest)));
        }
        cases.add(new Case(what + " as UTF-16", HostileCorpus.JSON_TYPE, full.getBytes(StandardCharsets.UTF_16LE)));
        cases.add(new Case(what + " with a raw NUL in a string", HostileCorpus.JSON_TYPE, RawBytes.splice(head, new byte[] { 0 }, rest)));
        cases.add(new Case(what + " with a raw line break in a string", HostileCorpus.JSON_TYPE,
                RawBytes.splice(head, new byte[] { '\n' }, rest)));
    }

    /** {@code body} under Content-Types a JSON endpoint must refuse, and under none. */
    static void contentTypes(String body, List<Case> cases) {
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/octet-stream", "image/png", "application/jsonx", "text/html", "application/json-patch+json")) {
            cases.add(new Case("content type " + type, type, body.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(new Case("no content type", null, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code depth} nested empty JSON arrays. */
    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }
}
