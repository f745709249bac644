package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.MonthlyStats;
import java.math.BigDecimal;
import java.time.YearMonth;

/// Monthly figures for tests.
final class Stats {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private Stats() {
    }

    /// TikTok figures: GMV, active days, products; a good reputation and no deductions.
    static MonthlyStats tiktok(String gmv, String currency, int activeDays, int products) {
        return new MonthlyStats(1, OCTOBER, Money.of(gmv, currency), activeDays, products, new BigDecimal("4.8"), 0,
                Money.of("0", currency));
    }

    /// Douyin figures in CNY.
    static MonthlyStats douyin(String gmv, String goodProductGmv, String reputation, int creditDeducted) {
        return new MonthlyStats(1, OCTOBER, Money.of(gmv, "CNY"), 20, 10,
                reputation == null ? null : new BigDecimal(reputation), creditDeducted, Money.of(goodProductGmv, "CNY"));
    }
}
