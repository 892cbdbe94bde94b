package az.industry.production.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import az.industry.common.model.NewRecord;
import az.industry.common.validation.AcceptedCurrency;
import az.industry.common.validation.EarliestDate;
import az.industry.common.validation.KnownZone;
import az.industry.common.validation.PlainText;
import az.industry.contracts.zone.Sector;

/** Body of {@code POST /api/production}. */
@Schema(name = "NewProduction", description = "Production output to record")
public record NewProduction(
        @NotBlank @KnownZone @Schema(examples = "ganja-industrial-park") String zoneId,
        @NotBlank @PlainText @Size(max = 200) @Schema(examples = "Ganja Automobile Plant") String producer,
        @NotNull Sector sector,
        @NotBlank @PlainText @Size(max = 200) @Schema(examples = "Light trucks") String product,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 15, fraction = 6, message = "at most 15 digits before the point and 6 after")
        @Schema(examples = "3761", description = "How much was produced, in unit") BigDecimal quantity,
        @NotBlank @PlainText @Size(max = 50) @Schema(examples = "vehicles", description = "Free-text unit of quantity") String unit,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 15, fraction = 2, message = "at most 15 digits before the point and 2 after")
        @Schema(examples = "107500000.00") BigDecimal value,
        @NotBlank @AcceptedCurrency @Schema(examples = "AZN") String currency,
        @NotNull @EarliestDate @PastOrPresent(message = "must not be in the future") LocalDate producedOn) implements NewRecord {
}
