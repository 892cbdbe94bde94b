package az.industry.exports.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The value is an upper-case ISO 3166-1 alpha-2 code of a real country other than Azerbaijan (AZ). */
@Documented
@Constraint(validatedBy = ExportDestinationValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportDestination {
    String message() default "must be an upper-case ISO 3166-1 alpha-2 country code other than AZ";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
