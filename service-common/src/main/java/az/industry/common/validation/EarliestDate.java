package az.industry.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A record's own date is on or after {@value #EARLIEST} (before it, a date is a typing error, and the database's range ends). */
@Documented
@Constraint(validatedBy = EarliestDateValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface EarliestDate {
    /** The earliest date a record may carry. */
    String EARLIEST = "1900-01-01";

    String message() default "must not be before " + EARLIEST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
