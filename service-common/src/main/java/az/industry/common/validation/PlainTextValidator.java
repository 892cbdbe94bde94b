package az.industry.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}, naming what is wrong (the offending character's code point, never the character). */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String problem = problem(value, multiline);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$")).addConstraintViolation();
        return false;
    }

    /** What is wrong with {@code value} as plain text, or null when nothing is (null and empty are left to other rules). */
    public static String problem(String value, boolean multiline) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        boolean onlySpace = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = value.codePointAt(i++);
                if (isNoncharacter(cp)) {
                    return "must not contain the noncharacter " + hex(cp);
                }
                onlySpace = false;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "must be valid Unicode: a lone surrogate " + hex(c) + " at position " + (i + 1);
            }
            if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return "must not contain control characters (" + hex(c) + " at position " + (i + 1) + ")";
            }
            if (isBidiControl(c)) {
                return "must not contain bidirectional control characters (" + hex(c) + " at position " + (i + 1) + ")";
            }
            if (isNoncharacter(c)) {
                return "must not contain the noncharacter " + hex(c);
            }
            if (!isBlank(c)) {
                onlySpace = false;
            }
        }
        return onlySpace ? "must not be blank" : null;
    }

    /** Spaces of every kind (no-break, en, em, ideographic, ...), zero-width characters and line breaks. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C' || c == '\u200D'
                || c == '\u2060' || c == '\uFEFF' || c == '\u180E' || Character.getType(c) == Character.CONTROL;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static String hex(int cp) {
        return String.format("U+%04X", cp);
    }
}
