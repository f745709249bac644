package dev.sellerworkbench.domain;

import java.time.Instant;

/// A product in a plan with its rate and promotion reason (R-PLAN-2). `removedAt` is set once the
/// product has been taken out; the row stays for history (R-PLAN-10).
public record PlanItem(long planId, String productId, Rate rate, String reason, Instant addedAt, Instant removedAt) {
}
