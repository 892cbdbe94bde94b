package az.industry.exports.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import az.industry.common.model.NewRecord;
import az.industry.common.validation.AcceptedCurrency;
import az.industry.common.validation.EarliestDate;
import az.industry.common.validation.KnownZone;
import az.industry.common.validation.PlainText;
import az.industry.contracts.zone.Sector;
import az.industry.exports.validation.ExportDestination;

/** Body of {@code POST /api/exports}. */
@Schema(name = "NewExportShipment", description = "An export shipment to record")
public record NewExportShipment(
        @NotBlank @KnownZone @Schema(examples = "sumgayit-chemical-industrial-park") String zoneId,
        @NotBlank @PlainText @Size(max = 200) @Schema(examples = "SOCAR Polymer") String exporter,
        @NotNull Sector sector,
        @NotBlank @ExportDestination
        @Schema(examples = "IT", description = "ISO 3166-1 alpha-2 code, upper case, not AZ") String destinationCountry,
        @NotBlank @Pattern(regexp = "^(\\d{2}|\\d{4}|\\d{6})$", message = "must be 2, 4 or 6 digits of the Harmonized System")
        @Schema(examples = "3902", description = "Harmonized System code: chapter, heading or subheading") String hsCode,
        @NotBlank @PlainText @Size(max = 200) @Schema(examples = "Polypropylene") String product,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 15, fraction = 6, message = "at most 15 digits before the point and 6 after")
        @Schema(examples = "1200.5", description = "How much was shipped, in unit") BigDecimal quantity,
        @NotBlank @PlainText @Size(max = 50) @Schema(examples = "t", description = "Free-text unit of quantity") String unit,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 15, fraction = 2, message = "at most 15 digits before the point and 2 after")
        @Schema(examples = "2450000.00") BigDecimal value,
        @NotBlank @AcceptedCurrency @Schema(examples = "USD") String currency,
        @NotNull @EarliestDate @PastOrPresent(message = "must not be in the future") LocalDate shippedOn) implements NewRecord {
}
