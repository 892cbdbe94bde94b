package az.industry.common.security;

import az.industry.contracts.security.RoleNames;

/** The roles of the contract, as they appear in a token's {@code groups} claim (the names come from {@link RoleNames}). */
public final class Roles {

    /** Posts and voids production for the zones in its {@code zones} claim. */
    public static final String OPERATOR = RoleNames.OPERATOR;
    /** Posts and voids export shipments for the zones in its {@code zones} claim. */
    public static final String EXPORTER = RoleNames.EXPORTER;
    /** Records and voids investments in any zone. */
    public static final String INVESTMENT_OFFICER = RoleNames.INVESTMENT_OFFICER;
    /** Reads reports, lists and the dashboard. */
    public static final String MANAGER = RoleNames.MANAGER;
    /** Everything. */
    public static final String ADMIN = RoleNames.ADMIN;

    /** The claim listing the zone ids an operator or exporter may write for. */
    public static final String ZONES_CLAIM = RoleNames.ZONES_CLAIM;

    private Roles() {
    }
}
