package az.industry.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row being planned: an investment, production report or shipment before it becomes a scenario row. */
final class Draft {

    final Company company;
    final String zoneId;
    LocalDate date;
    double weight;
    boolean usd;
    boolean first;
    Product product;
    String country;
    BigDecimal amount;
    String currency;
    BigDecimal azn;
    BigDecimal quantity;
    int jobs;
    boolean jobsFixed;
    String description;

    Draft(Company company) {
        this.company = company;
        this.zoneId = company.zoneId();
    }
}
