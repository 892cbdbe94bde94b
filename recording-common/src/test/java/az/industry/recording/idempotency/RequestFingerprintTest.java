package az.industry.recording.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** What makes two requests "the same" for an Idempotency-Key: method, path and the body's exact bytes. */
class RequestFingerprintTest {

    static final byte[] BODY = "{\"amount\": 10.00}".getBytes(StandardCharsets.UTF_8);

    @Test
    void itIsTheSha256OfMethodPathAndBody() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String expected = HexFormat.of().formatHex(sha.digest(
                "POST /api/investments\n{\"amount\": 10.00}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, RequestFingerprint.of("POST", "/api/investments", BODY));
        assertEquals(64, expected.length());
    }

    @Test
    void theSameRequestHasTheSameFingerprint() {
        assertEquals(RequestFingerprint.of("POST", "/api/investments", BODY),
                RequestFingerprint.of("POST", "/api/investments", BODY.clone()));
    }

    @Test
    void anyDifferenceMakesAnotherRequest() {
        String original = RequestFingerprint.of("POST", "/api/investments", BODY);
        assertNotEquals(original, RequestFingerprint.of("POST", "/api/production", BODY), "another path");
        assertNotEquals(original, RequestFingerprint.of("PUT", "/api/investments", BODY), "another method");
        assertNotEquals(original, RequestFingerprint.of("POST", "/api/investments",
                "{\"amount\": 10.0}".getBytes(StandardCharsets.UTF_8)), "the same number written otherwise");
        assertNotEquals(original, RequestFingerprint.of("POST", "/api/investments",
                "{\"amount\": 10.00} ".getBytes(StandardCharsets.UTF_8)), "one more byte");
    }

    @Test
    void thePathAndBodyCannotBeShiftedIntoEachOther() {
        assertNotEquals(RequestFingerprint.of("POST", "/a", "b".getBytes(StandardCharsets.UTF_8)),
                RequestFingerprint.of("POST", "/ab", new byte[0]));
    }
}
