package az.industry.testsupport;

import java.security.KeyPair;
import java.time.Duration;
import java.util.List;

import az.industry.infra.Jwt;

/**
 * Bearer tokens for tests, signed with a key pair made once per test JVM (never committed); the services
 * under test verify with its public key through {@link InfraTestResource}.
 */
public final class Tokens {

    public static final String ISSUER = Jwt.LOCAL_ISSUER;
    private static final KeyPair KEYS = Jwt.newKeyPair();
    private static final KeyPair OTHER_KEYS = Jwt.newKeyPair();

    private Tokens() {
    }

    /** The PEM public key the services under test trust. */
    public static String publicKeyPem() {
        return Jwt.publicPem(KEYS);
    }

    /** A valid token for {@code role}, scoped to {@code zones}; its {@code sub} is {@code role@test}. */
    public static String forRole(String role, String... zones) {
        return forSubject(role + "@test", role, zones);
    }

    /** A valid token of {@code subject} (its {@code sub}) for {@code role}, scoped to {@code zones}. */
    public static String forSubject(String subject, String role, String... zones) {
        return Jwt.token(KEYS.getPrivate(), ISSUER, subject, List.of(role), List.of(zones), Duration.ofHours(1));
    }

    /** Like {@link #forSubject} with a {@code upn} claim (the principal's name) other than the {@code sub}. */
    public static String forPerson(String subject, String upn, String role, String... zones) {
        return Jwt.token(KEYS.getPrivate(), ISSUER, subject, upn, List.of(role), List.of(zones), Duration.ofHours(1));
    }

    public static String admin() {
        return forRole("admin");
    }

    public static String manager() {
        return forRole("manager");
    }

    /** A token that expired a minute ago. */
    public static String expired(String role, String... zones) {
        return Jwt.token(KEYS.getPrivate(), ISSUER, role + "@test", List.of(role), List.of(zones), Duration.ofMinutes(-1));
    }

    /** A token signed with a key the services do not trust. */
    public static String badSignature(String role, String... zones) {
        return Jwt.token(OTHER_KEYS.getPrivate(), ISSUER, role + "@test", List.of(role), List.of(zones), Duration.ofHours(1));
    }

    /** A token from an issuer the services do not trust. */
    public static String wrongIssuer(String role, String... zones) {
        return Jwt.token(KEYS.getPrivate(), "https://elsewhere.example", role + "@test", List.of(role), List.of(zones),
                Duration.ofHours(1));
    }
}
