package az.industry.infra.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import az.industry.infra.Wait;

/** One POST to each write service, each timed from sending it until the national report counts it (cold right after an up or restart). */
final class FirstPosts {

    private FirstPosts() {
    }

    /** Service name → milliseconds from sending its POST until GET /api/reports/national counted it. */
    static Map<String, Long> measure(PlatformApi api, CreatedRecords created, String key) throws Exception {
        Map<String, Long> millis = new LinkedHashMap<>();
        for (WriteService service : WriteService.ALL) {
            PlatformApi.PreparedPost post = api.post(service.name(), service.path(), service.role(), "application/json",
                    BenchRecords.json(BenchRecords.marked(service, BenchRecords.MARKED_ON)).getBytes(StandardCharsets.UTF_8));
            long before = api.count(service.section());
            try (RawHttp http = new RawHttp("127.0.0.1", post.port())) {
                long start = System.nanoTime();
                RawHttp.Response answer = http.exchange(post.withKey(key + "-" + service.name()));
                if (answer.status() != 201) {
                    throw new IllegalStateException(service.name() + " refused the bench record: HTTP " + answer.status() + " " + answer.text());
                }
                created.addFromAnswer(service.name(), answer.body());
                Wait.until("the report to count the " + service.name() + " record", Duration.ofSeconds(30), Duration.ofMillis(5),
                        () -> api.count(service.section()) > before);
                millis.put(service.name(), (System.nanoTime() - start) / 1_000_000);
            }
        }
        return millis;
    }
}
