package dev.sellerworkbench.commission;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Rate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/// Small builders for plans, items and memberships, so each test states only what it is about.
final class Fixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");

    private Fixtures() {
    }

    static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    static Rate bp(int basisPoints) {
        return Rate.ofBasisPoints(basisPoints);
    }

    static Plan published(long id, PlanType type, String name) {
        return new Plan(id, type, name, null, null, PlanStatus.PUBLISHED, true, null, null, JAN_1, JAN_1, JAN_1, 0);
    }

    static Plan draft(long id, PlanType type, String name) {
        return new Plan(id, type, name, null, null, PlanStatus.DRAFT, true, null, null, JAN_1, JAN_1, null, 0);
    }

    static Plan shop(long id, int basisPoints) {
        return new Plan(id, PlanType.SHOP, "Shop plan", null, null, PlanStatus.PUBLISHED, false, bp(basisPoints), null,
                JAN_1, JAN_1, JAN_1, 0);
    }

    static PlanItem item(long planId, String productId, int basisPoints) {
        return new PlanItem(planId, productId, bp(basisPoints), "Soft cotton, true to size", JAN_1, null);
    }

    static PlanCreator accepted(long planId, long creatorId, Instant acceptedAt) {
        return new PlanCreator(planId, creatorId, InvitationStatus.ACCEPTED, JAN_1, acceptedAt, null, "t" + planId + creatorId, false);
    }

    static PlanCreator invited(long planId, long creatorId) {
        return new PlanCreator(planId, creatorId, InvitationStatus.SENT, JAN_1, null, null, "t" + planId + creatorId, false);
    }

    static Application approved(long id, long creatorId, String productId, long planId, Instant decidedAt) {
        return new Application(id, "APP-" + id, creatorId, productId, planId, decidedAt.minusSeconds(3_600),
                ApplicationStatus.APPROVED, decidedAt, false, null, 1);
    }
}
