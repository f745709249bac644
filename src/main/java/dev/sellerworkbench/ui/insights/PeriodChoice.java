package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.insights.Period;
import java.time.LocalDate;

/// The periods the picker offers; a custom one takes its days from the user.
public enum PeriodChoice {
    THIS_MONTH, LAST_MONTH, LAST_30_DAYS, LAST_90_DAYS, CUSTOM;

    /// The period for `today` (the seller's local date); `from` and `to` only count for CUSTOM.
    public Period resolve(LocalDate today, LocalDate from, LocalDate to) {
        return switch (this) {
            case THIS_MONTH -> new Period(today.withDayOfMonth(1), today);
            case LAST_MONTH -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new Period(first, first.plusMonths(1).minusDays(1));
            }
            case LAST_30_DAYS -> new Period(today.minusDays(29), today);
            case LAST_90_DAYS -> new Period(today.minusDays(89), today);
            case CUSTOM -> from == null || to == null ? new Period(today, today)
                    : from.isAfter(to) ? new Period(to, from) : new Period(from, to);
        };
    }

    public String messageKey() {
        return "insights.range." + name();
    }
}
