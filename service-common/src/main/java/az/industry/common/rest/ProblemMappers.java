package az.industry.common.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Metrics;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import az.industry.common.problem.ConstraintProblems;
import az.industry.common.problem.JsonProblems;
import az.industry.common.problem.Problem;
import az.industry.common.problem.ProblemException;
import az.industry.common.problem.Violation;

/** Turns every error into RFC 9457 problem+json, naming each bad field; never leaks a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Violation(ConstraintProblems.fieldOf(v), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return respond(ConstraintProblems.problem(violations,
                ConstraintProblems.onlyUnknownZones(e.getConstraintViolations())));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e) {
        return respond(JsonProblems.of(e));
    }

    /** Quarkus has a built-in mapper for this more specific type; this one makes it problem+json too. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, HttpHeaders headers) {
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        return respond(Problem.of(415, "unsupported-media-type", "Unsupported Media Type",
                "This endpoint does not accept Content-Type " + (type == null ? "(none)" : "'" + type + "'")
                        + "; see the OpenAPI document at /q/openapi."));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return respond(Problem.of(status, slug, title, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("database unavailable, answered 503: %s", e.getMessage());
            return respond(DatabaseUnavailable.problem(e));
        }
        LOG.error("unexpected error", e);
        return respond(Problem.of(500, "internal", "Internal Server Error",
                "The server could not complete the request; it has been logged."));
    }

    public static Response respond(Problem problem) {
        // problem answers by status and reason (the type's last segment): http_problems_total on /q/metrics
        Metrics.counter("http.problems", "status", Integer.toString(problem.status()),
                "reason", problem.type().substring(problem.type().lastIndexOf('/') + 1)).increment();
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 503) {
            response.header("Retry-After", "1");
        }
        return response.build();
    }
}
