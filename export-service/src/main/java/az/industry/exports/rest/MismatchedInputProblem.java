package az.industry.exports.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import az.industry.common.rest.ProblemMappers;

/** Stop-gap until ProblemMappers maps it: a wrongly typed field or unknown enum value answers problem+json naming the field. */
public class MismatchedInputProblem {

    private final ProblemMappers mappers = new ProblemMappers();

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e) {
        return mappers.unreadableJson(e);
    }
}
