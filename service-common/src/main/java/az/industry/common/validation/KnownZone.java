package az.industry.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The value is the id of a zone in the catalogue; an unknown id alone answers 422, not 400. */
@Documented
@Constraint(validatedBy = KnownZoneValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownZone {
    String message() default "unknown zone; see GET /api/zones";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
