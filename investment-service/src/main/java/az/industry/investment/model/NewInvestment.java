package az.industry.investment.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import az.industry.common.model.NewRecord;
import az.industry.common.validation.AcceptedCurrency;
import az.industry.common.validation.EarliestDate;
import az.industry.common.validation.KnownZone;
import az.industry.common.validation.PlainText;
import az.industry.contracts.zone.Sector;

/** Body of {@code POST /api/investments}. */
@Schema(name = "NewInvestment", description = "An investment to record")
public record NewInvestment(
        @NotBlank @KnownZone @Schema(examples = "sumgayit-chemical-industrial-park") String zoneId,
        @NotBlank @PlainText @Size(max = 200) @Schema(examples = "BYD") String investor,
        @NotNull Sector sector,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 15, fraction = 2, message = "at most 15 digits before the point and 2 after")
        @Schema(examples = "29000000.00") BigDecimal amount,
        @NotBlank @AcceptedCurrency @Schema(examples = "AZN") String currency,
        @NotNull @EarliestDate @PastOrPresent(message = "must not be in the future") LocalDate investedOn,
        @NotNull @PositiveOrZero @Max(10_000_000) @Schema(description = "Permanent jobs the investment creates") Integer jobsCreated,
        @PlainText(multiline = true) @Size(max = 2000) String description) implements NewRecord {
}
