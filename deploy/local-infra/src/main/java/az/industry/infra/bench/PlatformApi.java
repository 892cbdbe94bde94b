package az.industry.infra.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import az.industry.contracts.security.RoleNames;
import az.industry.infra.PlatformHttp;

/** The running platform's HTTP API as the bench uses it: ports, tokens, prepared requests for the load, and the few control calls. */
final class PlatformApi {

    /** A POST prepared once (head, token, body) whose {@code Idempotency-Key} changes per request. */
    record PreparedPost(int port, byte[] head, byte[] tail) {

        /** The request with {@code key} as its Idempotency-Key, in parts for {@link RawHttp#exchange}. */
        byte[][] withKey(String key) {
            return new byte[][] { head, key.getBytes(StandardCharsets.US_ASCII), tail };
        }
    }

    private final PlatformHttp http;

    /** {@code ports}: service name → port; {@code tokens}: role → bearer token (operators and exporters for every zone). */
    PlatformApi(Function<String, Integer> ports, Function<String, String> tokens) {
        this.http = new PlatformHttp(ports, tokens);
    }

    int port(String service) {
        return http.port(service);
    }

    String token(String role) {
        return http.token(role);
    }

    /** A POST of {@code body} ({@code contentType}) to {@code path} of {@code service} as {@code role}, keyed per request. */
    PreparedPost post(String service, String path, String role, String contentType, byte[] body) {
        int port = port(service);
        String head = RawHttp.head("POST", "127.0.0.1", port, path, "Authorization: Bearer " + token(role),
                "Content-Type: " + contentType, "Content-Length: " + body.length) + "Idempotency-Key: ";
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = new byte[end.length + body.length];
        System.arraycopy(end, 0, tail, 0, end.length);
        System.arraycopy(body, 0, tail, end.length, body.length);
        return new PreparedPost(port, head.getBytes(StandardCharsets.US_ASCII), tail);
    }

    /** A POST without an Idempotency-Key, as one byte array (e.g. a void). */
    byte[] plainPost(String service, String path, String role, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = RawHttp.head("POST", "127.0.0.1", port(service), path, "Authorization: Bearer " + token(role),
                "Content-Type: application/json", "Content-Length: " + body.length) + "\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    /** A GET of {@code pathAndQuery} on {@code service} as {@code role} (null: no token). */
    byte[] get(String service, String pathAndQuery, String role) {
        String head = role == null ? RawHttp.head("GET", "127.0.0.1", port(service), pathAndQuery)
                : RawHttp.head("GET", "127.0.0.1", port(service), pathAndQuery, "Authorization: Bearer " + token(role));
        return (head + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** GET /api/reports/national (with {@code query}, e.g. "?from=...") as a manager. */
    JsonNode national(String query) {
        return getJson("reporting", "/api/reports/national" + query, RoleNames.MANAGER);
    }

    JsonNode national() {
        return national("");
    }

    /** The national report without its clock fields ({@code asOf}, {@code eventsApplied}): the figures only. */
    String nationalFigures() {
        ObjectNode n = (ObjectNode) national().deepCopy();
        n.remove("asOf");
        n.remove("eventsApplied");
        return n.toString();
    }

    /** The national report's record count of {@code section} (investment, production or exports). */
    long count(String section) {
        JsonNode n = national();
        if (!n.path(section).has("count")) {
            throw new IllegalStateException("unexpected national report: " + n);
        }
        return n.path(section).path("count").asLong();
    }

    long eventsApplied() {
        return national().path("eventsApplied").asLong();
    }

    /** GET {@code path} of {@code service} as {@code role}: the JSON answer; fails unless 200. */
    JsonNode getJson(String service, String path, String role) {
        return http.getJson(service, path, role);
    }

    /** POST without a body to {@code path} of {@code service} as {@code role}: status and JSON answer. */
    HttpResponse<String> postEmpty(String service, String path, String role) {
        return http.post(service, path, role, null, null);
    }

    /** {@code json} as a tree, numbers as exact decimals (see {@link PlatformHttp#read(String)}). */
    static JsonNode read(String json) {
        return PlatformHttp.read(json);
    }

    /** An answer's body as a tree, numbers as exact decimals. */
    static JsonNode read(byte[] json) {
        return PlatformHttp.read(json);
    }
}
