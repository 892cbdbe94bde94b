package az.industry.testsupport;

import java.util.List;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Sets the bearer token RestAssured requests of a test carry when they name none themselves (a global filter,
 * so it holds whatever port Quarkus gives the test); security tests clear it and name their own.
 */
public final class Auth {

    private Auth() {
    }

    /** Following requests without an Authorization header get {@code token}. */
    public static void as(String token) {
        Filter bearer = (request, response, context) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + token);
            }
            return context.next(request, response);
        };
        RestAssured.replaceFiltersWith(List.of(bearer));
    }

    /** Following requests are made as {@code admin}, who may do everything. */
    public static void asAdmin() {
        as(Tokens.admin());
    }

    /** Following requests carry no token unless they add one. */
    public static void none() {
        RestAssured.replaceFiltersWith(List.of());
    }
}
