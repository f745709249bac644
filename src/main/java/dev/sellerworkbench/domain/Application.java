package dev.sellerworkbench.domain;

import java.time.Instant;

/// A creator's request to promote a product of an Open plan (R-AP-1). Removed applications leave
/// the queue but stay in the audit log.
public record Application(long id, String externalId, long creatorId, String productId, long planId,
                          Instant appliedAt, ApplicationStatus status, Instant decidedAt, boolean removed,
                          String note, int version) {
}
