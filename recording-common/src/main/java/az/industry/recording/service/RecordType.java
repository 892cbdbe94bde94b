package az.industry.recording.service;

import az.industry.common.rest.NewRecord;
import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.recording.store.RecordRow;

/**
 * What a write service declares about the one kind of record it keeps; the shared pipeline does the rest.
 *
 * @param <I> the request body that records one
 * @param <R> the record as the API and the events show it
 * @param <E> its stored row
 */
public interface RecordType<I extends NewRecord, R extends IndustryRecord, E extends RecordRow<R>> {

    /** The kind: its topic, CloudEvents source and types. */
    RecordKind kind();

    /** The request body's class (batches are read as lists of it). */
    Class<I> inputType();

    /** The entity class of its table. */
    Class<E> rowType();

    /** The entity field of the record's own date ({@code investedOn}, ...), which lists filter on. */
    String dateField();

    /**
     * A new row of {@code in} with the record's own fields set; the pipeline sets the id, {@code recordedAt}
     * and {@code recordedBy}.
     */
    E toRow(I in);
}
