package dev.sellerworkbench.domain;

import java.time.Instant;

/// A commission edit on a plan item; for creators already in the plan it holds from
/// `effectiveAt` (00:00 next day in the seller's zone, R-PLAN-10), for new ones at once (R-COM-3).
/// A null `newRate` records the product's removal.
public record RateChange(long id, long planId, String productId, Rate oldRate, Rate newRate,
                         Instant changedAt, Instant effectiveAt) {
}
