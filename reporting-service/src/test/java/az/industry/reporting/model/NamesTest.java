package az.industry.reporting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Company, product and unit names are compared by their folded key (a plain unit test: no Quarkus). */
class NamesTest {

    @Test
    void trimsCollapsesWhiteSpaceAndFoldsCase() {
        assertEquals("socar polymer", Names.key("  SOCAR   Polymer "));
        assertEquals("socar polymer", Names.key("socar\tpolymer"));
        assertEquals("socar polymer", Names.key("Socar\u00A0Polymer\n"));
        assertEquals(Names.key("SOCAR Polymer"), Names.key("socar polymer"));
        assertNotEquals(Names.key("SOCAR Polymer"), Names.key("SOCAR Polymers"));
        assertNotEquals(Names.key("SOCARPolymer"), Names.key("SOCAR Polymer"));
    }

    @Test
    void composedAndDecomposedLettersAreOne() {
        // "ə" has no decomposition, but "ü" (Gəncə Süd) does: U+00FC against u + U+0308
        assertEquals(Names.key("G\u0259nc\u0259 S\u00FCd"), Names.key("G\u0259nc\u0259 Su\u0308d"));
        assertEquals("g\u0259nc\u0259 s\u00FCd", Names.key("G\u018Fnc\u018F S\u00DCD"));
    }

    @Test
    void localeIndependent() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertEquals("istanbul tires", Names.key("ISTANBUL TIRES"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void shownIsTrimmedOnly() {
        assertEquals("SOCAR  Polymer", Names.shown("  SOCAR  Polymer "));
        assertNull(Names.key(null));
        assertNull(Names.shown(null));
    }
}
