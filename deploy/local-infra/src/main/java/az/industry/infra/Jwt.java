package az.industry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import az.industry.contracts.security.RoleNames;

/** Key pairs and RS256 bearer tokens for a local installation and for tests; the private key never leaves the data directory. */
public final class Jwt {

    /** Issuer the local installation's services expect. */
    public static final String LOCAL_ISSUER = "https://industry.local/platform";
    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private Jwt() {
    }

    /** A fresh RSA 2048 key pair. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PEM text of a public key (X.509 SubjectPublicKeyInfo). */
    public static String publicPem(KeyPair pair) {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    /** Creates the key pair in {@code dir} unless it exists; the private key is readable by its owner only. */
    public static void ensureKeyPair(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            KeyPair pair = newKeyPair();
            Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: left as created
            }
            Files.writeString(publicFile, publicPem(pair), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a PKCS#8 PEM private key. */
    public static PrivateKey readPrivateKey(Path file) {
        try {
            String base64 = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA private key: " + file, e);
        }
    }

    /**
     * An RS256 token for {@code role} (the {@code groups} claim) and {@code zones} (the {@code zones} claim),
     * valid for {@code ttl} from now (a negative ttl gives an expired token, for tests).
     */
    public static String token(PrivateKey key, String issuer, String subject, List<String> roles, List<String> zones,
            Duration ttl) {
        return token(key, issuer, subject, subject, roles, zones, ttl);
    }

    /** Like {@link #token(PrivateKey, String, String, List, List, Duration)} with a {@code upn} other than the {@code sub}. */
    public static String token(PrivateKey key, String issuer, String subject, String upn, List<String> roles,
            List<String> zones, Duration ttl) {
        Instant now = Instant.now();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":").append(quote(issuer))
                .append(",\"sub\":").append(quote(subject))
                .append(",\"upn\":").append(quote(upn))
                .append(",\"jti\":").append(quote(UUID.randomUUID().toString()))
                .append(",\"iat\":").append(now.getEpochSecond())
                .append(",\"exp\":").append(now.plus(ttl).getEpochSecond())
                .append(",\"groups\":").append(array(roles))
                .append(",").append(quote(RoleNames.ZONES_CLAIM)).append(":").append(array(zones))
                .append('}');
        String signingInput = base64Url(header) + "." + base64Url(claims.toString());
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses {@code 8h}, {@code 30m}, {@code 45s}, {@code 2d} or an ISO-8601 duration. */
    public static Duration parseTtl(String text) {
        String t = text.trim().toLowerCase();
        if (t.startsWith("p") || t.startsWith("-p")) {
            return Duration.parse(text.trim().toUpperCase());
        }
        long amount = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("ttl like 8h, 30m, 45s or 2d: " + text);
        };
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String array(List<String> values) {
        return values.stream().map(Jwt::quote).collect(Collectors.joining(",", "[", "]"));
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
