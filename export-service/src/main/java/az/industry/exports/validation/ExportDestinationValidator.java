package az.industry.exports.validation;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ExportDestination} against {@link Locale#getISOCountries()}; null and blank are left to {@code @NotBlank}. */
public class ExportDestinationValidator implements ConstraintValidator<ExportDestination, String> {

    /** Azerbaijan: a shipment to it is not an export. */
    public static final String HOME = "AZ";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        if (HOME.equals(value)) {
            replaceMessage(context, "must not be AZ: an export leaves Azerbaijan");
            return false;
        }
        if (!COUNTRIES.contains(value)) {
            replaceMessage(context, "not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. IT)");
            return false;
        }
        return true;
    }

    private static void replaceMessage(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
    }
}
