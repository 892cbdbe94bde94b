package az.industry.reporting.messaging;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.reporting.model.IncomingEvent;

/** Reads a Kafka record of a record topic into an {@link IncomingEvent}, or says why it cannot. */
@ApplicationScoped
public class EventParser {

    /** The longest company, product or unit name applied (the write services allow 200). */
    static final int MAX_TEXT = 1000;

    /** One reader per kind, made once: the request rules, except that an event may carry fields added after this reader. */
    private final Map<RecordKind, ObjectReader> readers = new EnumMap<>(RecordKind.class);

    @Inject
    EventParser(ObjectMapper json) {
        for (RecordKind kind : RecordKind.values()) {
            Class<? extends IndustryRecord> type = switch (kind) {
                case INVESTMENT -> InvestmentRecord.class;
                case PRODUCTION -> ProductionRecord.class;
                case EXPORT -> ExportRecord.class;
            };
            readers.put(kind, json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        }
    }

    /** The last value of header {@code name} as UTF-8 text, or {@code null}. */
    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public IncomingEvent parse(String topic, String ceId, String ceType, String value) throws PoisonEventException {
        RecordKind kind = RecordKind.ofTopic(topic);
        if (kind == null) {
            throw new PoisonEventException("unknown topic " + topic);
        }
        if (ceId == null || ceId.isBlank()) {
            throw new PoisonEventException("missing ce_id header");
        }
        boolean voiding;
        if (kind.recordedType().equals(ceType)) {
            voiding = false;
        } else if (kind.voidedType().equals(ceType)) {
            voiding = true;
        } else {
            throw new PoisonEventException("unexpected ce_type " + ceType + " on " + topic);
        }
        if (value == null) {
            throw new PoisonEventException("empty value");
        }
        IndustryRecord record;
        try {
            record = readers.get(kind).readValue(value);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("unparseable JSON: " + e.getOriginalMessage());
        }
        validate(record);
        return new IncomingEvent(ceId, topic, voiding, record);
    }

    private static void validate(IndustryRecord r) throws PoisonEventException {
        if (r.id() == null || r.zoneId() == null || r.sector() == null || r.occurredOn() == null || r.azn() == null) {
            throw new PoisonEventException("missing id, zoneId, sector, date or AZN amount");
        }
        if (r.azn().signum() < 0 || r.azn().scale() > 2 || r.azn().compareTo(new BigDecimal("1e15")) >= 0) {
            throw new PoisonEventException("AZN amount out of range: " + r.azn());
        }
        if (r instanceof InvestmentRecord i && i.jobsCreated() < 0) {
            throw new PoisonEventException("negative jobsCreated");
        }
        if (r instanceof ExportRecord e && (e.destinationCountry() == null || !e.destinationCountry().matches("[A-Z]{2}"))) {
            throw new PoisonEventException("bad destinationCountry");
        }
        text("company (investor, producer or exporter)", r.company());
        if (r instanceof ProductionRecord p) {
            goods(p.product(), p.unit(), p.quantity());
        }
        if (r instanceof ExportRecord e) {
            goods(e.product(), e.unit(), e.quantity());
        }
    }

    private static void goods(String product, String unit, BigDecimal quantity) throws PoisonEventException {
        text("product", product);
        text("unit", unit);
        if (quantity == null || quantity.signum() <= 0) {
            throw new PoisonEventException("missing or non-positive quantity");
        }
    }

    private static void text(String field, String value) throws PoisonEventException {
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("missing " + field);
        }
        if (value.length() > MAX_TEXT) {
            throw new PoisonEventException(field + " longer than " + MAX_TEXT + " characters");
        }
    }
}
