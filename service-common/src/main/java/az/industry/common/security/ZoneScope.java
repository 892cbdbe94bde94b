package az.industry.common.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import az.industry.common.rest.Problem;
import az.industry.common.rest.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Checks the caller's zone scope: operators and exporters may write only for the zones in their token's
 * {@code zones} claim; admins and investment officers for any zone.
 */
@RequestScoped
public class ZoneScope {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** Throws 403 unless the caller may write records of {@code zoneId}. */
    public void requireWrite(String zoneId) {
        if (!mayWrite(zoneId)) {
            throw forbidden("your token does not allow writing for zone " + zoneId);
        }
    }

    /** Whether the caller may write records of {@code zoneId}. */
    public boolean mayWrite(String zoneId) {
        if (identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.INVESTMENT_OFFICER)) {
            return true;
        }
        return zones().contains(zoneId);
    }

    /** The zone ids in the caller's {@code zones} claim. */
    public Set<String> zones() {
        Object claim = token.getClaim(Roles.ZONES_CLAIM);
        Set<String> zones = new HashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    zones.add(s.getString());
                }
            }
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(v -> zones.add(String.valueOf(v)));
        } else if (claim instanceof String single) {
            zones.add(single);
        }
        return zones;
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }
}
