package az.industry.common.rest;

/** One bad field of a request, as listed in a problem's {@code violations}. */
public record Violation(String field, String message) {
}
