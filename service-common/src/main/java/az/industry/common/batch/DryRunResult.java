package az.industry.common.batch;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer to {@code POST .../batch?dryRun=true}: every row is valid and this many would be stored; none was. */
@Schema(name = "DryRunResult", description = "The batch would be stored whole: the number of valid rows; nothing was stored")
public record DryRunResult(int valid) {
}
