package az.industry.common.validation;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link EarliestDate}; null is left to {@code @NotNull}. */
public class EarliestDateValidator implements ConstraintValidator<EarliestDate, LocalDate> {

    private static final LocalDate EARLIEST = LocalDate.parse(EarliestDate.EARLIEST);

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || !value.isBefore(EARLIEST);
    }
}
