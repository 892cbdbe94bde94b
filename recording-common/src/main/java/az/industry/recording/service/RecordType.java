package az.industry.recording.service;

import java.math.BigDecimal;

import jakarta.inject.Inject;

import az.industry.common.model.NewRecord;
import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.money.Money;
import az.industry.recording.store.RecordRow;

/**
 * What a write service declares about the one kind of record it keeps (its kind, body and row classes, the
 * date lists filter on, and how a body becomes a row); the shared pipeline does the rest.
 *
 * @param <I> the request body that records one
 * @param <R> the record as the API and the events show it
 * @param <E> its stored row
 */
public abstract class RecordType<I extends NewRecord, R extends IndustryRecord, E extends RecordRow<R>> {

    private final RecordKind kind;
    private final Class<I> inputType;
    private final Class<E> rowType;
    private final String dateField;

    @Inject
    CurrencyRates rates;

    /** {@code dateField}: the entity field of the record's own date ({@code investedOn}, ...). */
    protected RecordType(RecordKind kind, Class<I> inputType, Class<E> rowType, String dateField) {
        this.kind = kind;
        this.inputType = inputType;
        this.rowType = rowType;
        this.dateField = dateField;
    }

    /**
     * A new row of {@code in} with the fields of its kind set; the pipeline sets the id, zone, sector,
     * {@code recordedAt} and {@code recordedBy}.
     */
    public abstract E toRow(I in);

    /** The kind: its topic, CloudEvents source and types. */
    public RecordKind kind() {
        return kind;
    }

    /** The request body's class (batches are read as lists of it). */
    public Class<I> inputType() {
        return inputType;
    }

    /** The entity class of its table. */
    public Class<E> rowType() {
        return rowType;
    }

    /** The entity field of the record's own date, which lists filter on. */
    public String dateField() {
        return dateField;
    }

    /** {@code amount} (exact, as entered) in AZN at the configured rate of {@code currency}, to the qəpik. */
    protected BigDecimal toAzn(BigDecimal amount, String currency) {
        return Money.toAzn(amount, rates.aznPerUnit(currency).orElseThrow());
    }
}
