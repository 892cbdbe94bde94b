package az.industry.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The value is an ISO 4217 code with a configured AZN rate (AZN and USD always). */
@Documented
@Constraint(validatedBy = AcceptedCurrencyValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptedCurrency {
    String message() default "unsupported currency; accepted: {accepted}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
