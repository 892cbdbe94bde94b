package az.industry.infra.bench;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import az.industry.infra.Wait;

/** Voids every record the bench created, many clients at once, and waits until the national report is back to its figures. */
final class Cleanup {

    /** Voided and created counts, the rate, other answers, whether the report came back. */
    record Outcome(long voided, long records, double perSecond, String others, boolean back) {
    }

    private Cleanup() {
    }

    static Outcome run(PlatformApi api, CreatedRecords created, String figuresBefore, int connections) {
        long records = created.size();
        AtomicLong voided = new AtomicLong();
        String body = "{\"reason\": \"./platform bench record\"}";
        LoadGenerator.Result result = LoadGenerator.run(connections, worker -> {
            for (int k = 0; k < WriteService.ALL.size(); k++) {
                WriteService s = WriteService.ALL.get((worker + k) % WriteService.ALL.size());
                UUID id = created.take(s.name());
                if (id != null) {
                    return new LoadGenerator.Request(api.port(s.name()),
                            new byte[][] { api.plainPost(s.name(), s.path() + "/" + id + "/void", s.role(), body) }, null);
                }
            }
            return null;
        }, (request, response) -> {
            if (response.status() == 200) {
                voided.incrementAndGet();
            }
        });
        boolean back;
        try {
            Wait.until("the national report to be back to its figures before the bench", Duration.ofMinutes(5),
                    Duration.ofMillis(50), () -> api.nationalFigures().equals(figuresBefore));
            back = true;
        } catch (RuntimeException e) {
            back = false;
        }
        return new Outcome(voided.get(), records, voided.get() / Math.max(result.seconds(), 1e-9), result.others(200), back);
    }
}
