package az.industry.contracts.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The route table: who owns which prefix, longest first, matched by whole path elements. */
class ApiRoutesTest {

    @Test
    void eachPrefixGoesToItsService() {
        assertEquals(Optional.of("investment-service"), ApiRoutes.serviceOf("/api/investments/6f1c/void"));
        assertEquals(Optional.of("production-service"), ApiRoutes.serviceOf("/api/production/batch"));
        assertEquals(Optional.of("export-service"), ApiRoutes.serviceOf("/api/exports"));
        for (String path : List.of("/api/reports/national", "/api/admin/rebuild", "/api/me", "/api/meta", "/api/zones",
                "/api/currencies")) {
            assertEquals(Optional.of("reporting-service"), ApiRoutes.serviceOf(path), path);
        }
    }

    @Test
    void aPrefixOwnsWholePathElementsOnly() {
        assertEquals(Optional.empty(), ApiRoutes.serviceOf("/api/meter"));
        assertEquals(Optional.empty(), ApiRoutes.serviceOf("/api/investmentsX"));
        assertEquals(Optional.empty(), ApiRoutes.serviceOf("/api"));
        assertEquals(Optional.empty(), ApiRoutes.serviceOf("/"));
        assertTrue(ApiRoutes.matches("/api/me", "/api/me/x"));
    }

    @Test
    void theTableIsOrderedLongestPrefixFirst() {
        List<Integer> lengths = new ArrayList<>();
        ApiRoutes.serviceByPrefix().keySet().forEach(p -> lengths.add(p.length()));
        List<Integer> sorted = new ArrayList<>(lengths);
        sorted.sort((a, b) -> b - a);
        assertEquals(sorted, lengths);
        assertEquals(9, lengths.size());
    }
}
