package az.industry.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.money.Money;
import az.industry.contracts.zone.Sector;

/** Hand-made records for the focused tests; USD amounts get their AZN value as the write services fix it. */
public final class Records {

    private Records() {
    }

    public static BigDecimal azn(String amount, String currency) {
        return Money.toAzn(new BigDecimal(amount), "USD".equals(currency) ? Money.USD_PEG : BigDecimal.ONE);
    }

    public static InvestmentRecord investment(String zone, Sector sector, String amount, String currency, LocalDate on, int jobs) {
        return new InvestmentRecord(UUID.randomUUID(), zone, "Investor", sector, new BigDecimal(amount), currency,
                azn(amount, currency), on, jobs, null, Instant.now(), null, false, null, null, null);
    }

    public static ProductionRecord production(String zone, Sector sector, String amount, String currency, LocalDate on) {
        return new ProductionRecord(UUID.randomUUID(), zone, "Producer", sector, "Goods", BigDecimal.TEN, "t",
                new BigDecimal(amount), currency, azn(amount, currency), on, Instant.now(), null, false, null, null, null);
    }

    public static ExportRecord export(String zone, Sector sector, String country, String amount, String currency, LocalDate on) {
        return new ExportRecord(UUID.randomUUID(), zone, "Exporter", sector, country, "3902", "Goods", BigDecimal.ONE, "t",
                new BigDecimal(amount), currency, azn(amount, currency), on, Instant.now(), null, false, null, null, null);
    }

    public static InvestmentRecord voided(InvestmentRecord r) {
        return new InvestmentRecord(r.id(), r.zoneId(), r.investor(), r.sector(), r.amount(), r.currency(), r.amountAzn(),
                r.investedOn(), r.jobsCreated(), r.description(), r.recordedAt(),
                r.recordedBy(), true, Instant.now(), null, "typo");
    }
}
