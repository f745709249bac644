package dev.sellerworkbench.level;

import java.math.BigDecimal;

/// One condition of a level or of the rating gate, with the creator's figure beside the limit:
/// "GMV 41,200,000 of 50,000,000". `currency` is set for money metrics only.
public record Requirement(Metric metric, BigDecimal actual, BigDecimal limit, String currency) {

    public boolean met() {
        int cmp = actual.compareTo(limit);
        return metric.bound() == Metric.Bound.AT_LEAST ? cmp >= 0 : cmp <= 0;
    }

    /// How far the figure is from the limit (zero when met).
    public BigDecimal gap() {
        return met() ? BigDecimal.ZERO : actual.subtract(limit).abs();
    }
}
