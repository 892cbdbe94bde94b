package az.industry.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import az.industry.common.problem.Problem;
import az.industry.common.problem.ProblemException;

/**
 * Checks the caller's zone scope: operators and exporters may write only for the zones in their token's
 * {@code zones} claim; admins and investment officers for any zone.
 */
@RequestScoped
public class ZoneScope {

    @Inject
    Caller caller;

    /** Throws 403 unless the caller may write records of {@code zoneId}. */
    public void requireWrite(String zoneId) {
        if (!mayWrite(zoneId)) {
            throw forbidden("your token does not allow writing for zone " + zoneId);
        }
    }

    /** Whether the caller may write records of {@code zoneId}. */
    public boolean mayWrite(String zoneId) {
        if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.INVESTMENT_OFFICER)) {
            return true;
        }
        return caller.zones().contains(zoneId);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }
}
