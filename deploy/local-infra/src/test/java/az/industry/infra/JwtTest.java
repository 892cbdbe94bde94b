package az.industry.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Tokens minted for ./platform token and the tests verify with the installation's public key. */
class JwtTest {

    @Test
    void mintsAnRs256TokenTheInstallationsPublicKeyVerifies() throws Exception {
        Path dir = TestKeys.dir(); // made by Jwt.ensureKeyPair
        assertTrue(Files.readString(dir.resolve(Jwt.PRIVATE_KEY_FILE)).startsWith("-----BEGIN PRIVATE KEY-----"));
        String pemBefore = Files.readString(dir.resolve(Jwt.PUBLIC_KEY_FILE));
        Jwt.ensureKeyPair(dir); // idempotent: never replaces an existing pair
        assertEquals(pemBefore, Files.readString(dir.resolve(Jwt.PUBLIC_KEY_FILE)));

        String token = Jwt.token(Jwt.readPrivateKey(dir.resolve(Jwt.PRIVATE_KEY_FILE)), Jwt.LOCAL_ISSUER, "op",
                List.of("operator"), List.of("ganja-industrial-park", "masalli-industrial-quarter"), Duration.ofHours(1));
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"groups\":[\"operator\"]"), claims);
        assertTrue(claims.contains("\"zones\":[\"ganja-industrial-park\",\"masalli-industrial-quarter\"]"), claims);
        assertTrue(claims.contains("\"iss\":\"https://industry.local/platform\""), claims);

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey(dir.resolve(Jwt.PUBLIC_KEY_FILE)));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verifier.verify(Base64.getUrlDecoder().decode(parts[2])));

        verifier.initVerify(publicKey(dir.resolve(Jwt.PUBLIC_KEY_FILE)));
        verifier.update((parts[0] + "." + parts[1] + "x").getBytes(StandardCharsets.US_ASCII));
        assertFalse(verifier.verify(Base64.getUrlDecoder().decode(parts[2])), "a changed token does not verify");
    }

    @Test
    void parsesTtls() {
        assertEquals(Duration.ofHours(8), Jwt.parseTtl("8h"));
        assertEquals(Duration.ofMinutes(30), Jwt.parseTtl("30m"));
        assertEquals(Duration.ofDays(2), Jwt.parseTtl("2d"));
        assertEquals(Duration.ofSeconds(-5), Jwt.parseTtl("-5s"));
        assertEquals(Duration.ofMinutes(90), Jwt.parseTtl("PT90M"));
        assertThrows(IllegalArgumentException.class, () -> Jwt.parseTtl("8y"));
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
