package az.industry.reporting.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a free-text name (company, product, unit) is compared by: Unicode NFC, trimmed, inner white space
 * collapsed to one space, lower case ({@link Locale#ROOT}); "  SOCAR   Polymer " and "socar polymer" are one.
 */
public final class Names {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Names() {
    }

    /** The comparison key of {@code name}; null for null. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** {@code name} as shown: trimmed, inner white space kept as recorded; null for null. */
    public static String shown(String name) {
        return name == null ? null : name.strip();
    }
}
