package az.industry.common.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import az.industry.contracts.zone.ZoneCatalogue;

/** Checks {@link KnownZone} against the configured catalogue; null is left to {@code @NotBlank}. */
@ApplicationScoped
public class KnownZoneValidator implements ConstraintValidator<KnownZone, String> {

    @Inject
    ZoneCatalogue catalogue;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || catalogue.contains(value);
    }
}
