package az.industry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The running platform's HTTP API for the command line (demo, bench, rebuild): a service by name, a token by role, exact decimals. */
public final class PlatformHttp {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Function<String, Integer> ports;
    private final Function<String, String> tokens;

    /** {@code ports}: service name → port; {@code tokens}: role → bearer token. */
    public PlatformHttp(Function<String, Integer> ports, Function<String, String> tokens) {
        this.ports = ports;
        this.tokens = tokens;
    }

    public int port(String service) {
        return ports.apply(service);
    }

    public String token(String role) {
        return tokens.apply(role);
    }

    /** GET {@code path} of {@code service} as {@code role}. */
    public HttpResponse<String> get(String service, String path, String role) {
        return send(request(service, path, role).GET());
    }

    /** GET {@code path} of {@code service} as {@code role}: its JSON; fails unless 200. */
    public JsonNode getJson(String service, String path, String role) {
        HttpResponse<String> r = get(service, path, role);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return read(r.body());
    }

    /** POST of {@code json} (null: no body) to {@code path} of {@code service} as {@code role}, with {@code key} as Idempotency-Key unless null. */
    public HttpResponse<String> post(String service, String path, String role, String key, String json) {
        HttpRequest.Builder request = request(service, path, role);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (json == null) {
            return send(request.POST(HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** {@code json} as a tree, numbers as exact decimals. */
    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    /** {@code json} (UTF-8) as a tree, numbers as exact decimals. */
    public static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + new String(json, StandardCharsets.UTF_8), e);
        }
    }

    private HttpRequest.Builder request(String service, String path, String role) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(service) + path))
                .header("Authorization", "Bearer " + token(role)).timeout(Duration.ofMinutes(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("the platform is not reachable (is it up?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
