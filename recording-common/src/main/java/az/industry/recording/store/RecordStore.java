package az.industry.recording.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import az.industry.common.problem.ProblemException;
import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.recording.outbox.Outbox;

/**
 * What the three write services do alike with their stored records, written once: find one, list a page
 * (newest first, by zone and date), and void one once, with its "voided" event in the same transaction.
 */
@ApplicationScoped
public class RecordStore {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /** The record {@code id} of {@code type}, or 404. */
    public <R extends IndustryRecord, E extends RecordRow<R>> R find(Class<E> type, RecordKind kind, UUID id) {
        E row = em.find(type, id);
        if (row == null) {
            throw ProblemException.notFound(kind.name().toLowerCase(), id);
        }
        return row.toRecord();
    }

    /** Voids record {@code id} once (a second void is 409) as {@code who}, and adds its voided event to the outbox. */
    @Transactional
    public <R extends IndustryRecord, E extends RecordRow<R>> R voidRecord(Class<E> type, RecordKind kind, UUID id,
            String reason, String who) {
        E row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        String what = kind.name().toLowerCase();
        if (row == null) {
            throw ProblemException.notFound(what, id);
        }
        if (row.voided) {
            throw ProblemException.conflict("already-voided", what + " " + id + " was already voided");
        }
        row.markVoided(Instant.now().truncatedTo(ChronoUnit.MILLIS), who, reason.strip());
        R record = row.toRecord();
        outbox.add(record, kind.voidedType());
        return record;
    }

    /**
     * A page of {@code type}, newest first (by recording time), optionally of one zone and with
     * {@code dateField} between {@code from} and {@code to} (inclusive).
     */
    public <R extends IndustryRecord, E extends RecordRow<R>> Paged<R> list(Class<E> type, String dateField,
            String zoneId, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (zoneId != null && !zoneId.isBlank()) {
            where.append(" AND r.zoneId = :zoneId");
        }
        if (from != null) {
            where.append(" AND r.").append(dateField).append(" >= :from");
        }
        if (to != null) {
            where.append(" AND r.").append(dateField).append(" <= :to");
        }
        String entity = type.getSimpleName();
        TypedQuery<E> query = em.createQuery("SELECT r FROM " + entity + " r" + where
                + " ORDER BY r.recordedAt DESC, r.id DESC", type);
        TypedQuery<Long> count = em.createQuery("SELECT count(r) FROM " + entity + " r" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            if (zoneId != null && !zoneId.isBlank()) {
                q.setParameter("zoneId", zoneId);
            }
            if (from != null) {
                q.setParameter("from", from);
            }
            if (to != null) {
                q.setParameter("to", to);
            }
        }
        List<R> items = query.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(RecordRow::toRecord).toList();
        return new Paged<>(items, count.getSingleResult());
    }
}
