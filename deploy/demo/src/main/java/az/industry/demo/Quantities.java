package az.industry.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Fills in the quantities no plan fixed, from each row's value and its product's unit price. */
final class Quantities {

    private final PlanningState state;

    Quantities(PlanningState state) {
        this.state = state;
    }

    /** Quantities from value and the product's unit price, give or take 7 %. */
    void fill(List<Draft> rows) {
        for (Draft row : rows) {
            if (row.quantity != null) {
                continue;
            }
            Product product = row.product;
            BigDecimal estimate = row.azn.divide(product.unitPriceAzn(), 6, RoundingMode.HALF_EVEN)
                    .multiply(BigDecimal.valueOf(state.between(0.93, 1.07)))
                    .setScale(product.quantityScale(), RoundingMode.HALF_EVEN);
            BigDecimal smallest = BigDecimal.ONE.movePointLeft(product.quantityScale());
            row.quantity = estimate.compareTo(smallest) < 0 ? smallest : estimate;
        }
    }
}
