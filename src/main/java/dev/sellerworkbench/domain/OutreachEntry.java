package dev.sellerworkbench.domain;

import java.time.Instant;

/// One message, link, CSV row or QR page that went out to a creator (R-OUT-1): for which plan
/// (null when none), through which channel, when and by whom.
public record OutreachEntry(long id, long creatorId, Long planId, String channel, Instant at, String actor) {
}
