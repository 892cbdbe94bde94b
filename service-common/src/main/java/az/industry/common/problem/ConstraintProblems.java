package az.industry.common.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import az.industry.common.validation.KnownZone;

/** Bean Validation results as problems: field names as the client wrote them, 422 when only zones are unknown. */
public final class ConstraintProblems {

    private ConstraintProblems() {
    }

    /** 422 when every violation is an unknown zone (the request is well-formed), else 400; the same violation once. */
    public static Problem problem(List<Violation> all, boolean onlyUnknownZones) {
        List<Violation> violations = all.stream().distinct().toList(); // e.g. "must not be blank" of two rules
        if (onlyUnknownZones && !violations.isEmpty()) {
            return Problem.invalid(422, "The request refers to something that does not exist.", violations);
        }
        return Problem.invalid(400, "The request has invalid fields.", violations);
    }

    /** Whether every violation is an unknown zone ({@link KnownZone}). */
    public static boolean onlyUnknownZones(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().allMatch(v -> v.getConstraintDescriptor().getAnnotation() instanceof KnownZone);
    }

    /**
     * The request field a violation is about: the path below the method parameter (e.g. {@code amount},
     * {@code [3].amount}), or the parameter's HTTP name (e.g. the header {@code Idempotency-Key}).
     */
    public static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = httpName(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class));
                continue;
            }
            if (node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return field.toString();
    }

    /** The header, query or path parameter name of a method parameter; the body parameter is {@code body}. */
    private static String httpName(Class<?> type, Path.MethodNode method, Path.ParameterNode parameter) {
        if (method != null && type != null) {
            Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Method m = c.getDeclaredMethod(method.getName(), types);
                    for (Annotation a : m.getParameterAnnotations()[parameter.getParameterIndex()]) {
                        if (a instanceof HeaderParam header) {
                            return header.value();
                        }
                        if (a instanceof QueryParam query) {
                            return query.value();
                        }
                        if (a instanceof PathParam path) {
                            return path.value();
                        }
                    }
                } catch (NoSuchMethodException e) {
                    // declared higher up (the bean's subclass overrides without annotations)
                }
            }
        }
        return parameter.getName();
    }
}
