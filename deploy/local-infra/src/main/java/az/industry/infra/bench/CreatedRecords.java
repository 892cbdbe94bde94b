package az.industry.infra.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The ids of every record the bench created, per write service, kept compactly (two longs each) until they are voided. */
final class CreatedRecords {

    private final Map<String, long[]> ids = new LinkedHashMap<>();
    private final Map<String, Integer> sizes = new LinkedHashMap<>();
    private final Map<String, Integer> taken = new LinkedHashMap<>();

    synchronized void add(String service, UUID id) {
        long[] a = ids.computeIfAbsent(service, s -> new long[2048]);
        int n = sizes.getOrDefault(service, 0);
        if (2 * n + 2 > a.length) {
            a = Arrays.copyOf(a, a.length * 2);
            ids.put(service, a);
        }
        a[2 * n] = id.getMostSignificantBits();
        a[2 * n + 1] = id.getLeastSignificantBits();
        sizes.put(service, n + 1);
    }

    /** Adds the id of every record of a JSON answer (a record's {@code id}, or a batch answer's {@code ids}); returns how many. */
    int addFromAnswer(String service, byte[] json) {
        var answer = PlatformApi.read(json);
        if (answer.has("ids")) {
            answer.get("ids").forEach(id -> add(service, UUID.fromString(id.asText())));
            return answer.get("ids").size();
        } else if (answer.hasNonNull("id")) {
            add(service, UUID.fromString(answer.get("id").asText()));
            return 1;
        }
        return 0;
    }

    /** How many records of {@code service} were created. */
    synchronized int size(String service) {
        return sizes.getOrDefault(service, 0);
    }

    synchronized int size() {
        return sizes.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The next id of {@code service} not taken yet, or null when all were. */
    synchronized UUID take(String service) {
        int next = taken.getOrDefault(service, 0);
        if (next >= sizes.getOrDefault(service, 0)) {
            return null;
        }
        taken.put(service, next + 1);
        long[] a = ids.get(service);
        return new UUID(a[2 * next], a[2 * next + 1]);
    }
}
