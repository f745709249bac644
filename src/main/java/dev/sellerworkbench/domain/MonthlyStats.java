package dev.sellerworkbench.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/// One creator's figures for one calendar month, the level engine's input (R-EX-5).
public record MonthlyStats(long creatorId, YearMonth month, Money gmv, int activeDays, int productsPromoted,
                           BigDecimal reputation, int creditDeducted, Money goodProductGmv) {
}
