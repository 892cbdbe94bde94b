package az.industry.reporting.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.zone.Sector;
import az.industry.reporting.service.ReportQueries;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs the event parser and a report query once at start (nothing is written), so the first real event
 * is applied and reported as fast as the rest rather than paying for class loading and JSON set-up.
 */
@ApplicationScoped
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);

    @Inject
    EventParser parser;

    @Inject
    ReportQueries queries;

    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent event) {
        try {
            UUID id = UUID.randomUUID();
            LocalDate day = LocalDate.of(2020, 1, 1);
            BigDecimal one = BigDecimal.ONE.setScale(2);
            List<IndustryRecord> samples = List.of(
                    new InvestmentRecord(id, "warm-up", "x", Sector.OTHER, one, "AZN", one, day, 0, null, Instant.now(),
                            false, null, null),
                    new ProductionRecord(id, "warm-up", "x", Sector.OTHER, "x", one, "x", one, "AZN", one, day,
                            Instant.now(), false, null, null),
                    new ExportRecord(id, "warm-up", "x", Sector.OTHER, "IT", "39", "x", one, "x", one, "AZN", one, day,
                            Instant.now(), false, null, null));
            for (IndustryRecord r : samples) {
                parser.parse(r.kind().topic(), "warm-up", r.kind().recordedType(), json.writeValueAsString(r));
            }
            queries.national(null, null);
        } catch (Exception e) {
            LOG.debugf("warm-up skipped: %s", e.getMessage());
        }
    }
}
