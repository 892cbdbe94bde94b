package az.industry.common.problem;

import java.util.List;

/** Thrown by services to answer with a given problem; nothing done in the transaction is kept. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " " + id + " does not exist"));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(Problem.of(409, slug, "Conflict", detail));
    }

    /** 413: the request is larger than this endpoint accepts ({@code detail} says the limit). */
    public static ProblemException tooLarge(String detail) {
        return new ProblemException(Problem.of(413, "too-large", "Content Too Large", detail));
    }

    /** 400 with one violation per bad field. */
    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(Problem.invalid(400, "The request has invalid fields.", violations));
    }

    /** 422: well-formed, but refers to what does not exist (an unknown zone). */
    public static ProblemException unprocessable(List<Violation> violations) {
        return new ProblemException(Problem.invalid(422, "The request refers to something that does not exist.",
                violations));
    }
}
