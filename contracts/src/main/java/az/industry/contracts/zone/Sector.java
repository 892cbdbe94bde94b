package az.industry.contracts.zone;

/** The industry sector of a record, upper case in JSON. */
public enum Sector {
    AUTOMOTIVE,
    CHEMICAL,
    POLYMER,
    CONSTRUCTION_MATERIALS,
    METALLURGY,
    MACHINERY,
    ELECTRICAL,
    FOOD_PROCESSING,
    TEXTILES,
    PHARMACEUTICAL,
    ENERGY,
    OTHER
}
