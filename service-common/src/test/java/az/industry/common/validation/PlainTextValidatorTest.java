package az.industry.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PlainTextValidator}: what a person may write in a name or a description, and what they may not. */
class PlainTextValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = { "BYD", "Gəncə Avtomobil Zavodu", "ООО «Азерсун»", "株式会社", "Café 🚚 Ltd", "O'Brien & Sons; DROP TABLE x",
            "<script>alert(1)</script>", "a\u00A0b", "e\u0301", "x" })
    void acceptsWhatPeopleWrite(String text) {
        assertNull(PlainTextValidator.problem(text, false), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\u0000b", "\u0000", "a\u0007", "a\u001Fb", "a\u007Fb", "a\u0085b", "a\nb", "a\tb", "a\rb" })
    void refusesControlCharacters(String text) {
        assertTrue(PlainTextValidator.problem(text, false).startsWith("must not contain control characters"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "line one\nline two", "a\tb", "a\r\nb" })
    void allowsLineBreaksAndTabsWhereMultiline(String text) {
        assertNull(PlainTextValidator.problem(text, true));
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\u0000b", "a\u0001" })
    void refusesOtherControlsEvenWhereMultiline(String text) {
        assertNotNull(PlainTextValidator.problem(text, true));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\uD800", "a\uD800b", "a\uDC00", "\uDC00\uD800", "ab\uD83D" })
    void refusesLoneSurrogates(String text) {
        assertTrue(PlainTextValidator.problem(text, false).startsWith("must be valid Unicode"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "\u00A0", "\u00A0\u00A0\u00A0", "\u2003", "\u3000", "\u200B", "\uFEFF", " \u00A0 ", "\u2028" })
    void refusesOnlySpacesOfAnyKind(String text) {
        assertEquals("must not be blank", PlainTextValidator.problem(text, false), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc\u202Egpj.exe", "\u2066x\u2069" })
    void refusesBidirectionalOverrides(String text) {
        assertTrue(PlainTextValidator.problem(text, false).startsWith("must not contain bidirectional"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\uFFFE", "a\uFFFF", "a\uFDD0", "a\uD83F\uDFFF" })
    void refusesNoncharacters(String text) {
        assertTrue(PlainTextValidator.problem(text, false).startsWith("must not contain the noncharacter"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "" })
    void leavesEmptyToNotBlank(String text) {
        assertNull(PlainTextValidator.problem(text, false));
        assertNull(PlainTextValidator.problem(null, false));
    }
}
