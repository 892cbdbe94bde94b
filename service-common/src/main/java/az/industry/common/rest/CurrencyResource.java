package az.industry.common.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.money.Money;

/** Serves the accepted currencies and their exact AZN rates, so a form can show the AZN amount as it is typed. */
@Path("/api/currencies")
@PermitAll
@Tag(name = "Currencies")
public class CurrencyResource {

    /** One accepted currency: its ISO 4217 code and how many AZN one unit is (at least 2 decimals, exact). */
    @Schema(name = "Currency")
    public record Currency(@Schema(examples = "USD") String code, @Schema(examples = "1.70") BigDecimal aznPerUnit) {
    }

    @Inject
    CurrencyRates rates;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The currencies records may be in, with their AZN rate: AZN, USD (the 1.70 peg), then the"
            + " configured ones by code (public, no token needed)")
    public List<Currency> currencies() {
        return of(rates);
    }

    /** AZN first, USD second, then the other configured currencies by code. */
    static List<Currency> of(CurrencyRates rates) {
        List<Currency> all = new ArrayList<>();
        all.add(currency(CurrencyRates.AZN, rates.all().get(CurrencyRates.AZN)));
        all.add(currency(CurrencyRates.USD, rates.all().get(CurrencyRates.USD)));
        for (Map.Entry<String, BigDecimal> e : rates.all().entrySet()) {
            if (!e.getKey().equals(CurrencyRates.AZN) && !e.getKey().equals(CurrencyRates.USD)) {
                all.add(currency(e.getKey(), e.getValue()));
            }
        }
        return all;
    }

    private static Currency currency(String code, BigDecimal aznPerUnit) {
        return new Currency(code, aznPerUnit.scale() < Money.SCALE ? aznPerUnit.setScale(Money.SCALE) : aznPerUnit);
    }
}
