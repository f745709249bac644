package dev.sellerworkbench.domain;

import java.time.Instant;
import java.time.LocalDate;

/// An affiliate plan's header (§4). Items and invited creators are held separately.
/// `shopRate` is set for the Shop plan only; `approvalRequired` matters for Open plans (R-PLAN-4).
public record Plan(long id, PlanType type, String name, String description, LocalDate endDate,
                   PlanStatus status, boolean approvalRequired, Rate shopRate, String baseLink,
                   Instant createdAt, Instant updatedAt, Instant publishedAt, int version) {

    public Plan withStatus(PlanStatus newStatus) {
        return new Plan(id, type, name, description, endDate, newStatus, approvalRequired, shopRate, baseLink,
                createdAt, updatedAt, publishedAt, version);
    }
}
