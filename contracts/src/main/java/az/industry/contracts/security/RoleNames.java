package az.industry.contracts.security;

import java.util.List;

/** The role names of the contract and the zones claim, spelled once for the services and the command line alike. */
public final class RoleNames {

    /** Posts and voids production for the zones in its {@code zones} claim. */
    public static final String OPERATOR = "operator";
    /** Posts and voids export shipments for the zones in its {@code zones} claim. */
    public static final String EXPORTER = "exporter";
    /** Records and voids investments in any zone. */
    public static final String INVESTMENT_OFFICER = "investment-officer";
    /** Reads reports, lists and the dashboard. */
    public static final String MANAGER = "manager";
    /** Everything. */
    public static final String ADMIN = "admin";

    /** Every role, in this order: what a token's {@code groups} claim may carry. */
    public static final List<String> ALL = List.of(OPERATOR, EXPORTER, INVESTMENT_OFFICER, MANAGER, ADMIN);

    /** The claim listing the zone ids an operator or exporter may write for. */
    public static final String ZONES_CLAIM = "zones";

    private RoleNames() {
    }
}
