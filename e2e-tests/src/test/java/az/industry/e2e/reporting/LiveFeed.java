package az.industry.e2e.reporting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client on an instance's {@code /api/reports/stream}, keeping every server-sent event's JSON. */
final class LiveFeed implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final HttpResponse<Stream<String>> response;

    LiveFeed(ReportingStack.Instance instance) throws Exception {
        response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(instance.url("/api/reports/stream")))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + az.industry.e2e.E2eKeys.token("manager")).GET().build(), HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try {
                response.body().filter(line -> line.startsWith("data:")).forEach(line -> {
                    try {
                        events.add(JSON.readTree(line.substring(5).trim()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (RuntimeException closed) {
                // closed by the test, or the instance was killed
            }
        }, "live-feed-" + instance.name());
        reader.setDaemon(true);
        reader.start();
    }

    /** {@code eventsApplied} of the last event received, or -1. */
    long lastEventsApplied() {
        return events.isEmpty() ? -1 : events.get(events.size() - 1).at("/national/eventsApplied").longValue();
    }

    @Override
    public void close() {
        response.body().close();
    }
}
