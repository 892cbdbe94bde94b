package az.industry.investment.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import az.industry.investment.rest.InvestmentApi;
import az.industry.recording.idempotency.IdempotencyPurge;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.WriteApi;
import az.industry.testsupport.WriteApiTestBase;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Idempotency keys are forgotten after the retention (30 days by default), and only those. */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "investment"))
class IdempotencyRetentionTest extends WriteApiTestBase {

    @Inject
    IdempotencyPurge purge;

    @Override
    protected WriteApi api() {
        return InvestmentApi.API;
    }

    @Test
    void keysOlderThanTheRetentionAreForgottenAndYoungerOnesStillReplay() {
        String oldKey = "old-" + UUID.randomUUID();
        String youngKey = "young-" + UUID.randomUUID();
        String oldMarker = marker();
        String youngMarker = marker();
        String oldBody = json(body(oldMarker));
        String youngBody = json(body(youngMarker));
        Response first = post(basePath(), oldKey, oldBody);
        first.then().statusCode(201);
        post(basePath(), youngKey, youngBody).then().statusCode(201);
        db().update("UPDATE idempotency_key SET created_at = now() - interval '31 days' WHERE idem_key = ?", oldKey);
        db().update("UPDATE idempotency_key SET created_at = now() - interval '29 days' WHERE idem_key = ?", youngKey);

        assertTrue(purge.purgeExpired() >= 1);

        assertEquals(0, db().count("SELECT count(*) FROM idempotency_key WHERE idem_key = ?", oldKey));
        assertEquals(1, db().count("SELECT count(*) FROM idempotency_key WHERE idem_key = ?", youngKey));
        Response young = post(basePath(), youngKey, youngBody);
        young.then().statusCode(201).header("Idempotency-Replayed", "true");
        assertEquals(1, rows(youngMarker));
        // a forgotten key is a new request: recorded again, under a new id
        Response again = post(basePath(), oldKey, oldBody);
        again.then().statusCode(201);
        assertNull(again.header("Idempotency-Replayed"));
        assertNotEquals((String) first.path("id"), (String) again.path("id"));
        assertEquals(2, rows(oldMarker));
    }

    @Test
    void nothingIsForgottenWithinTheRetention() {
        String key = "fresh-" + UUID.randomUUID();
        post(basePath(), key, json(body(marker()))).then().statusCode(201);
        purge.purgeExpired();
        assertEquals(1, db().count("SELECT count(*) FROM idempotency_key WHERE idem_key = ?", key));
    }
}
