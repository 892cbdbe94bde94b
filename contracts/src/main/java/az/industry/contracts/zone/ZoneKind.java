package az.industry.contracts.zone;

/** The legal kind of an industrial zone. */
public enum ZoneKind {
    INDUSTRIAL_PARK,
    INDUSTRIAL_QUARTER,
    ECONOMIC_ZONE
}
