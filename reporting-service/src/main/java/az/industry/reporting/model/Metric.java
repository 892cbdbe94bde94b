package az.industry.reporting.model;

import az.industry.contracts.event.RecordKind;

/** The three measured quantities, one per record kind. */
public enum Metric {
    INVESTMENT,
    PRODUCTION,
    EXPORTS;

    public static Metric of(RecordKind kind) {
        return switch (kind) {
            case INVESTMENT -> INVESTMENT;
            case PRODUCTION -> PRODUCTION;
            case EXPORT -> EXPORTS;
        };
    }
}
