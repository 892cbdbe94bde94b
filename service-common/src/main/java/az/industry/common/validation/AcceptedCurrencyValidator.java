package az.industry.common.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import az.industry.contracts.money.CurrencyRates;

/** Checks {@link AcceptedCurrency} against the configured rates; null is left to {@code @NotBlank}. */
@ApplicationScoped
public class AcceptedCurrencyValidator implements ConstraintValidator<AcceptedCurrency, String> {

    @Inject
    CurrencyRates rates;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || rates.aznPerUnit(value).isPresent()) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("accepted", String.join(", ", rates.all().keySet()));
        return false;
    }
}
