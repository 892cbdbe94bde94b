package az.industry.common.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import az.industry.common.problem.Problem;
import az.industry.common.rest.ProblemMappers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Answers refused requests as problem+json: 401 without a valid token, 403 with the wrong role. */
public class SecurityProblemMappers {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemMappers.respond(Problem.of(403, "forbidden", "Forbidden",
                "Your token's role does not allow this request."));
    }

    private static Response unauthenticated() {
        Problem problem = Problem.of(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required (Authorization: Bearer <JWT>).");
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(problem).build();
    }
}
