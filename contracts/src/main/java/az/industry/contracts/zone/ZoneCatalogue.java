package az.industry.contracts.zone;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of Azerbaijan's industrial zones: 9 industrial parks and 4 industrial quarters.
 *
 * <p>Ids are stable identifiers used in events and URLs; they never change once published. The Ganja
 * site keeps the id {@code ganja-industrial-park} that the public contract uses, although it is an
 * industrial quarter.
 */
public final class ZoneCatalogue {

    /** The zone whose figures the published scenario centres on. */
    public static final String SUMGAYIT_CHEMICAL = "sumgayit-chemical-industrial-park";

    private static final List<Zone> DEFAULT_ZONES = List.of(
            park(SUMGAYIT_CHEMICAL, "Sumgayit Chemical Industrial Park", "Sumgayit"),
            park("balakhani-industrial-park", "Balakhani Industrial Park", "Baku"),
            park("garadagh-industrial-park", "Garadagh Industrial Park", "Baku"),
            park("mingachevir-industrial-park", "Mingachevir Industrial Park", "Mingachevir"),
            park("pirallahi-industrial-park", "Pirallahi Industrial Park", "Baku"),
            park("aghdam-industrial-park", "Aghdam Industrial Park", "Aghdam"),
            park("araz-valley-economic-zone", "Araz Valley Economic Zone Industrial Park", "Jabrayil"),
            park("hajigabul-industrial-park", "Hajigabul Industrial Park", "Hajigabul"),
            park("nakhchivan-industrial-park", "Nakhchivan Industrial Park", "Nakhchivan"),
            quarter("neftchala-industrial-quarter", "Neftchala Industrial Quarter", "Neftchala"),
            quarter("masalli-industrial-quarter", "Masalli Industrial Quarter", "Masalli"),
            quarter("sabirabad-industrial-quarter", "Sabirabad Industrial Quarter", "Sabirabad"),
            quarter("ganja-industrial-park", "Ganja Industrial Quarter", "Ganja"));

    private final Map<String, Zone> byId;

    private ZoneCatalogue(List<Zone> zones) {
        Map<String, Zone> map = new LinkedHashMap<>();
        for (Zone zone : zones) {
            if (map.put(zone.id(), zone) != null) {
                throw new IllegalArgumentException("duplicate zone id " + zone.id());
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /** The built-in catalogue of the 13 zones. */
    public static ZoneCatalogue defaults() {
        return new ZoneCatalogue(DEFAULT_ZONES);
    }

    /** A catalogue of the given zones, for deployments that configure their own. */
    public static ZoneCatalogue of(List<Zone> zones) {
        return new ZoneCatalogue(zones);
    }

    public List<Zone> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Zone> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean contains(String id) {
        return id != null && byId.containsKey(id);
    }

    private static Zone park(String id, String name, String region) {
        return new Zone(id, name, ZoneKind.INDUSTRIAL_PARK, region);
    }

    private static Zone quarter(String id, String name, String region) {
        return new Zone(id, name, ZoneKind.INDUSTRIAL_QUARTER, region);
    }
}
