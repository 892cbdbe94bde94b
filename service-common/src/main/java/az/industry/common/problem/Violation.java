package az.industry.common.problem;

/** One bad field of a request, as listed in a problem's {@code violations}. */
public record Violation(String field, String message) {
}
