package dev.sellerworkbench.domain;

import java.time.Instant;

/// Who did what, when, from which status to which (R-AP-4).
public record AuditEntry(long id, Instant at, String actor, String entity, String entityId, String action,
                         String fromStatus, String toStatus, String note) {
}
