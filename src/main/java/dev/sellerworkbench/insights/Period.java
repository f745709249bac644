package dev.sellerworkbench.insights;

import java.time.Instant;
import java.time.LocalDate;
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

    /// The period of equal length just before this one, for the changes shown beside each figure.
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }
}
