package az.industry.infra.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.contracts.security.RoleNames;
import az.industry.infra.Wait;

/** Times a rebuild of every projection ({@code POST /api/admin/rebuild} as admin, then its status until it finishes). */
final class Rebuild {

    /** The finished rebuild: its status, events replayed, the server's own start→finish time and the wall time seen here. */
    record Outcome(String status, long events, double serverSeconds, double wallSeconds, String error) {

        double perSecond() {
            return events / Math.max(serverSeconds > 0 ? serverSeconds : wallSeconds, 1e-9);
        }
    }

    private Rebuild() {
    }

    static Outcome run(PlatformApi api, Duration timeout) {
        long start = System.nanoTime();
        HttpResponse<String> started = api.postEmpty("reporting", "/api/admin/rebuild", RoleNames.ADMIN);
        if (started.statusCode() != 202) {
            throw new IllegalStateException("reporting-service did not start a rebuild: HTTP " + started.statusCode() + " " + started.body());
        }
        JsonNode[] last = new JsonNode[1];
        Wait.until("the rebuild to finish", timeout, Duration.ofMillis(250), () -> {
            last[0] = api.getJson("reporting", "/api/admin/rebuild", RoleNames.ADMIN);
            return !"RUNNING".equals(last[0].path("status").asText());
        });
        double wall = (System.nanoTime() - start) / 1e9;
        JsonNode s = last[0];
        double server = 0;
        try {
            server = Duration.between(Instant.parse(s.path("startedAt").asText()), Instant.parse(s.path("finishedAt").asText()))
                    .toMillis() / 1e3;
        } catch (RuntimeException e) {
            server = 0; // no server times: the wall time seen here stands for it
        }
        return new Outcome(s.path("status").asText(), s.path("eventsReplayed").asLong(), server, wall, s.path("error").asText(null));
    }
}
