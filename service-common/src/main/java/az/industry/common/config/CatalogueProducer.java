package az.industry.common.config;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.zone.Zone;
import az.industry.contracts.zone.ZoneCatalogue;
import az.industry.contracts.zone.ZoneKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** Produces the zone catalogue and currency rates from the built-in defaults and configuration. */
@ApplicationScoped
public class CatalogueProducer {

    /** {@code industry.zones.<id>.name/kind/region} replaces the catalogue; {@code industry.rates.EUR=1.9035} adds a rate. */
    @ConfigMapping(prefix = "industry")
    public interface PlatformConfig {
        @WithName("zones")
        Map<String, ZoneConfig> zones();

        @WithName("rates")
        Map<String, BigDecimal> rates();
    }

    public interface ZoneConfig {
        String name();

        ZoneKind kind();

        String region();
    }

    @Produces
    @ApplicationScoped
    ZoneCatalogue catalogue(PlatformConfig config) {
        Map<String, ZoneConfig> zones = config.zones();
        if (zones.isEmpty()) {
            return ZoneCatalogue.defaults();
        }
        return ZoneCatalogue.of(zones.entrySet().stream()
                .map(e -> new Zone(e.getKey(), e.getValue().name(), e.getValue().kind(), e.getValue().region()))
                .sorted(Comparator.comparing(Zone::id))
                .toList());
    }

    @Produces
    @ApplicationScoped
    CurrencyRates rates(PlatformConfig config) {
        return CurrencyRates.withExtras(config.rates());
    }

}
