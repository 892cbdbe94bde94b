package az.industry.common.batch;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import az.industry.contracts.event.IndustryRecord;

/** Answer to a stored batch: how many records were stored and their ids, in the order of the input rows. */
@Schema(name = "BatchResult", description = "The stored batch: count and ids in input order")
public record BatchResult(int count, List<UUID> ids) {

    /** The result of storing {@code records}. */
    public static BatchResult of(List<? extends IndustryRecord> records) {
        return new BatchResult(records.size(), records.stream().map(IndustryRecord::id).toList());
    }
}
