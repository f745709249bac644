package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.insights.Period;
import java.time.LocalDate;

/// The periods the picker offers; a custom one takes its days from the user. Months are calendar
/// months of the seller's zone (the caller reads `today` there). The two upcoming periods run from
/// today into the future, so the payout calendar shows the pay days still to come (R-ST-2).
public enum PeriodChoice {
    THIS_MONTH, LAST_MONTH, LAST_30_DAYS, LAST_90_DAYS, NEXT_7_DAYS, NEXT_30_DAYS, CUSTOM;

    /// The period for `today` (the seller's local date); `from` and `to` only count for CUSTOM.
    public Period resolve(LocalDate today, LocalDate from, LocalDate to) {
        return switch (this) {
            case THIS_MONTH -> new Period(today.withDayOfMonth(1), today);
            case LAST_MONTH -> Period.monthBefore(today);
            case LAST_30_DAYS -> new Period(today.minusDays(29), today);
            case LAST_90_DAYS -> new Period(today.minusDays(89), today);
            case NEXT_7_DAYS -> new Period(today, today.plusDays(6));
            case NEXT_30_DAYS -> new Period(today, today.plusDays(29));
            case CUSTOM -> from == null || to == null ? new Period(today, today)
                    : from.isAfter(to) ? new Period(to, from) : new Period(from, to);
        };
    }

    /// True for the periods that end after today: they are for pay days still to come.
    public boolean upcoming() {
        return this == NEXT_7_DAYS || this == NEXT_30_DAYS;
    }

    public String messageKey() {
        return "insights.range." + name();
    }
}
