package az.industry.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The arguments of ./platform token and ./platform open: role, zones, subject (default ROLE@local), ttl. */
class LocalTokensTest {

    /** The JVM's one test key pair: making an RSA pair would be most of this class's time. */
    private static final Path keys = TestKeys.dir();

    @Test
    void theSubjectIsTheRoleAtLocalUnlessGiven() {
        LocalTokens tokens = new LocalTokens(keys);
        String operator = claims(tokens.mint("open", new String[] { "--role", "operator", "--zones",
                "ganja-industrial-park,masalli-industrial-quarter" }));
        assertTrue(operator.contains("\"sub\":\"operator@local\""), operator);
        assertTrue(operator.contains("\"groups\":[\"operator\"]"), operator);
        assertTrue(operator.contains("\"zones\":[\"ganja-industrial-park\",\"masalli-industrial-quarter\"]"), operator);
        String ayla = claims(tokens.mint("open", new String[] { "--subject", "ayla@ganja", "--role", "exporter",
                "--ttl", "30m" }));
        assertTrue(ayla.contains("\"sub\":\"ayla@ganja\""), ayla);
        assertTrue(ayla.contains("\"zones\":[]"), ayla);
    }

    @Test
    void aMissingOrUnknownRoleAnUnknownOptionOrABlankSubjectIsRefusedWithTheUsage() {
        LocalTokens tokens = new LocalTokens(keys);
        assertEquals("--role must be one of " + LocalTokens.ROLES, assertThrows(IllegalArgumentException.class,
                () -> tokens.mint("open", new String[] { "--zones", "ganja-industrial-park" })).getMessage());
        assertThrows(IllegalArgumentException.class, () -> tokens.mint("open", new String[] { "--role", "boss" }));
        assertEquals("usage: ./platform open " + LocalTokens.USAGE, assertThrows(IllegalArgumentException.class,
                () -> tokens.mint("open", new String[] { "--role", "admin", "--colour", "red" })).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> tokens.mint("token", new String[] { "--role", "admin", "--subject", " " }));
    }

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
