package az.industry.testsupport;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation rule of a write service, one bad value at a time: the status, the one field the problem
 * names, and nothing stored (no row, no outbox row).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ValidationSuite extends WriteApiTestBase {

    /** (field, bad value or null to leave it out, expected status). */
    protected abstract Stream<Arguments> badValues();

    @ParameterizedTest(name = "{0} = {1} is {2}")
    @MethodSource("badValues")
    void rejectsABadValueNamingItsFieldAndStoresNothing(String field, Object value, int status) {
        String marker = marker();
        Map<String, Object> body = body(marker);
        long rowsBefore = db().count("SELECT count(*) FROM " + api().table());
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        post(basePath(), null, json(body))
                .then().statusCode(status)
                .contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("violations.field", hasItem(field))
                .body("violations.field", everyItem(equalTo(field)));
        assertNothingStored(marker);
        Assertions.assertEquals(rowsBefore, db().count("SELECT count(*) FROM " + api().table()),
                "no row stored");
    }
}
