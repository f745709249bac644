package dev.sellerworkbench.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/// The days [from, to] in the seller's zone. It starts at midnight of `from` and ends at midnight
/// after `to` in that zone, so an order at 23:59:59 and one at 00:00:00 fall on different days.
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends after it starts: " + from + " … " + to);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /// Exclusive end: midnight at the start of the day after `to`.
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /// The period this one is compared with, for the changes shown beside each figure. A whole
    /// calendar month is compared with the whole month before it (November with all 31 days of
    /// October, not with 2–31 October, and March with all of February); any other period with the
    /// days of equal length just before it.
    public Period previous() {
        if (isWholeMonth()) {
            YearMonth before = YearMonth.from(from).minusMonths(1);
            return new Period(before.atDay(1), before.atEndOfMonth());
        }
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    /// True when the period is one calendar month, from its 1st to its last day.
    public boolean isWholeMonth() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth());
    }

    /// The calendar month before the one `today` falls in, in whatever zone `today` was read.
    public static Period monthBefore(LocalDate today) {
        YearMonth month = YearMonth.from(today).minusMonths(1);
        return new Period(month.atDay(1), month.atEndOfMonth());
    }
}
