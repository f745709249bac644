package dev.sellerworkbench.insights;

import java.time.Instant;
import java.time.ZoneId;

/// What every section of the screen reads for: the chosen period and the one before it, in the
/// seller's zone (read from the workspace settings when the screen loads).
public record InsightsQuery(Period period, ZoneId zone) {

    public Instant start() {
        return period.start(zone);
    }

    public Instant end() {
        return period.end(zone);
    }

    public Period previous() {
        return period.previous();
    }
}
