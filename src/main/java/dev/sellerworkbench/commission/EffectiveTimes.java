package dev.sellerworkbench.commission;

import java.time.Instant;
import java.time.ZoneId;

/// When an edit reaches creators already in a plan: 00:00 of the next day in the seller's zone
/// (R-PLAN-10). `atStartOfDay(zone)` gives the first valid instant of the day, so a zone whose
/// clocks jump at midnight still gets a real moment.
public final class EffectiveTimes {

    private EffectiveTimes() {
    }

    public static Instant nextMidnight(Instant changedAt, ZoneId zone) {
        return changedAt.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
