package az.industry.demo;

import java.math.BigDecimal;

/** A product a company makes: its HS code, unit, typical unit price and the decimals of its quantities. */
record Product(String name, String hsCode, String unit, BigDecimal unitPriceAzn, int quantityScale) {
}
