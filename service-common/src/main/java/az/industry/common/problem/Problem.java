package az.industry.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details body; {@code violations} lists each bad field of a validation error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://industry.az/problems/";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null);
    }

    public static Problem invalid(int status, String detail, List<Violation> violations) {
        String slug = status == 422 ? "unprocessable" : "validation";
        String title = status == 422 ? "Refers to something that does not exist" : "Invalid request";
        return new Problem(TYPE_BASE + slug, title, status, detail, null, List.copyOf(violations));
    }
}
