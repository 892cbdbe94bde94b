package az.industry.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import az.industry.contracts.security.RoleNames;

/** Bearer tokens signed with this installation's key pair, from {@code ./platform token}'s arguments. */
final class LocalTokens {

    /** The roles a token may carry. */
    static final List<String> ROLES = RoleNames.ALL;
    static final String USAGE = "--role ROLE [--zones id1,id2] [--subject NAME] [--ttl 8h]";

    private final Path keys;

    LocalTokens(Path keys) {
        this.keys = keys;
    }

    /**
     * A token for {@code --role ROLE [--zones id1,id2] [--subject NAME] [--ttl 8h]}: the subject ({@code sub})
     * defaults to {@code ROLE@local}, the time to live to 8 hours; the key pair is made on first use.
     */
    String mint(String verb, String[] args) {
        String role = null;
        List<String> zones = List.of();
        Duration ttl = Duration.ofHours(8);
        String subject = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--role" -> role = value;
                case "--zones" -> zones = value == null || value.isBlank() ? List.of() : List.of(value.split(","));
                case "--ttl" -> ttl = Jwt.parseTtl(value);
                case "--subject" -> subject = value;
                default -> throw new IllegalArgumentException("usage: ./platform " + verb + " " + USAGE);
            }
            i++;
        }
        if (role == null || !ROLES.contains(role)) {
            throw new IllegalArgumentException("--role must be one of " + ROLES);
        }
        if (subject != null && subject.isBlank()) {
            throw new IllegalArgumentException("--subject must not be blank");
        }
        Jwt.ensureKeyPair(keys);
        return Jwt.token(Jwt.readPrivateKey(keys.resolve(Jwt.PRIVATE_KEY_FILE)), Jwt.LOCAL_ISSUER,
                subject == null ? role + "@local" : subject, List.of(role), zones, ttl);
    }
}
