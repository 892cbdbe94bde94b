package az.industry.reporting.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of {@code GET /api/reports/records} ({@code reporting.records.*}). */
@ConfigMapping(prefix = "reporting.records")
public interface RecordsConfig {

    /** The most records a CSV answer without {@code page} or {@code size} holds; more matching is a 400. */
    @WithDefault("100000")
    int csvMaxRows();
}
