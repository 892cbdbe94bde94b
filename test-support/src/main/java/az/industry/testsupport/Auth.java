package az.industry.testsupport;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;

/** Sets the bearer token every RestAssured request of a test sends (tests of security set none). */
public final class Auth {

    private Auth() {
    }

    /** Every following request carries {@code token}. */
    public static void as(String token) {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + token).build();
    }

    /** Every following request is made as {@code admin}, who may do everything. */
    public static void asAdmin() {
        as(Tokens.admin());
    }

    /** Following requests carry no token unless they add one. */
    public static void none() {
        RestAssured.requestSpecification = null;
    }
}
