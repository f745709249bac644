package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.MonthlyStats;
import java.math.BigDecimal;

/// Reads a metric's value out of a month's statistics.
final class Figures {

    private Figures() {
    }

    static BigDecimal value(Metric metric, MonthlyStats s) {
        return switch (metric) {
            case GMV -> s.gmv().amount();
            case ACTIVE_DAYS -> BigDecimal.valueOf(s.activeDays());
            case PRODUCTS -> BigDecimal.valueOf(s.productsPromoted());
            case REPUTATION -> s.reputation() == null ? BigDecimal.ZERO : s.reputation();
            case CREDIT_DEDUCTED -> BigDecimal.valueOf(s.creditDeducted());
            case GOOD_PRODUCT_SHARE -> BigDecimal.valueOf(
                    ScoreProfile.goodProductShareBp(s.gmv().amount(), s.goodProductGmv().amount()));
        };
    }
}
