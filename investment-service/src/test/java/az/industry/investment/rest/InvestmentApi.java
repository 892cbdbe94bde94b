package az.industry.investment.rest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import az.industry.contracts.event.Topics;
import az.industry.testsupport.WriteApi;

/** investment-service as the shared write-API suites see it. */
public final class InvestmentApi {

    public static final WriteApi API = new WriteApi("/api/investments", "investment", "investment", Topics.INVESTMENTS, "investor", "amount",
            InvestmentApi::investment, "investment-officer");

    private InvestmentApi() {
    }

    /** The contract's example investment, by {@code investor}. */
    public static Map<String, Object> investment(String investor) {
        return new HashMap<>(Map.of("zoneId", "sumgayit-chemical-industrial-park", "investor", investor,
                "sector", "AUTOMOTIVE", "amount", new BigDecimal("29000000.00"), "currency", "AZN",
                "investedOn", "2025-04-30", "jobsCreated", 150, "description", "Electric bus plant"));
    }
}
