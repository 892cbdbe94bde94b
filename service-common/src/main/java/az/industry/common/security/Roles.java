package az.industry.common.security;

/** The roles of the contract, as they appear in a token's {@code groups} claim. */
public final class Roles {

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

    /** The claim listing the zone ids an operator or exporter may write for. */
    public static final String ZONES_CLAIM = "zones";

    private Roles() {
    }
}
