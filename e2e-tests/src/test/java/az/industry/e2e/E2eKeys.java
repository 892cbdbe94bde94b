package az.industry.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import az.industry.infra.Jwt;

/** A key pair for services these tests start themselves (one per test JVM, never committed), and tokens signed with it. */
public final class E2eKeys {

    private static final Path DIR = create();

    private E2eKeys() {
    }

    /** The environment that makes a started service trust these keys. */
    public static Map<String, String> env() {
        return Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", DIR.resolve(Jwt.PUBLIC_KEY_FILE).toUri().toString(),
                "MP_JWT_VERIFY_ISSUER", Jwt.LOCAL_ISSUER);
    }

    /** The public key's PEM file (to mount into a container). */
    public static Path publicKeyFile() {
        return DIR.resolve(Jwt.PUBLIC_KEY_FILE);
    }

    /** A token for {@code role} scoped to {@code zones}, valid for an hour. */
    public static String token(String role, String... zones) {
        return Jwt.token(Jwt.readPrivateKey(DIR.resolve(Jwt.PRIVATE_KEY_FILE)), Jwt.LOCAL_ISSUER, role + "@e2e",
                List.of(role), List.of(zones), Duration.ofHours(1));
    }

    private static Path create() {
        try {
            Path dir = Files.createTempDirectory("e2e-keys");
            Jwt.ensureKeyPair(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
