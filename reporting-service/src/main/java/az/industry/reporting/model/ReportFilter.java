package az.industry.reporting.model;

import java.time.LocalDate;

import az.industry.contracts.zone.Sector;

/** The filters every report takes: record dates {@code from..to} (inclusive), a zone, a sector; each optional. */
public record ReportFilter(LocalDate from, LocalDate to, String zoneId, Sector sector) {
}
