package az.industry.recording.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpServerRequest;

/** The SHA-256 of the current request (method, path and body bytes), set while its body is read. */
@RequestScoped
public class RequestFingerprint {

    @Inject
    HttpServerRequest request;

    private String value;

    /** The fingerprint of this request; that of an empty body if no body was read. */
    public String value() {
        if (value == null) {
            value = of(request.method().name(), request.path(), new byte[0]);
        }
        return value;
    }

    /** Whether the request has an {@code Idempotency-Key} header with an empty value (Quarkus passes it as null). */
    public boolean hasEmptyKeyHeader() {
        String value = request.getHeader(Idempotency.HEADER);
        return value != null && value.isEmpty();
    }

    /** Records the body this request carried. */
    void body(byte[] body) {
        value = of(request.method().name(), request.path(), body);
    }

    /** Hex SHA-256 of {@code METHOD SP path LF body}. */
    public static String of(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
