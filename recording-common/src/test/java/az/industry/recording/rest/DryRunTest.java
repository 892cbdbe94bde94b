package az.industry.recording.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import az.industry.common.problem.ProblemException;

/** The batch endpoints' {@code dryRun} parameter: absent or false stores, true checks, anything else is 400. */
class DryRunTest {

    @Test
    void absentBlankOrFalseIsARealBatch() {
        assertFalse(RecordResource.dryRun(null));
        assertFalse(RecordResource.dryRun(""));
        assertFalse(RecordResource.dryRun(" false "));
        assertFalse(RecordResource.dryRun("FALSE"));
    }

    @Test
    void trueInAnyCaseIsACheck() {
        assertTrue(RecordResource.dryRun("true"));
        assertTrue(RecordResource.dryRun(" True"));
    }

    @Test
    void anythingElseIs400NamingTheParameter() {
        for (String value : new String[] { "yes", "1", "tru", "false;true" }) {
            ProblemException e = assertThrows(ProblemException.class, () -> RecordResource.dryRun(value));
            assertEquals(400, e.problem().status());
            assertTrue(e.problem().toString().contains("dryRun"), e.problem().toString());
        }
    }
}
