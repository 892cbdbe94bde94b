package az.industry.common.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, as the verified token says: its {@code sub}, its roles ({@code groups}) and its {@code zones}. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The token's {@code sub} claim: who records and voids; null for an anonymous call or a token without one. */
    public String subject() {
        return identity.isAnonymous() ? null : token.getSubject();
    }

    /** Whether the caller has {@code role}. */
    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The caller's roles, sorted. */
    public List<String> roles() {
        return List.copyOf(new TreeSet<>(identity.getRoles()));
    }

    /** The zone ids in the caller's {@code zones} claim, sorted. */
    public Set<String> zones() {
        Object claim = identity.isAnonymous() ? null : token.getClaim(Roles.ZONES_CLAIM);
        Set<String> zones = new TreeSet<>();
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
}
