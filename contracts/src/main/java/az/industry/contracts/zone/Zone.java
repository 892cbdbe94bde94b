package az.industry.contracts.zone;

import java.util.Objects;

/** One entry of the zone catalogue, as served by {@code GET /api/zones}. */
public record Zone(String id, String name, ZoneKind kind, String region) {

    public Zone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
    }
}
