package dev.sellerworkbench.commission;

import static dev.sellerworkbench.commission.Fixtures.JAN_1;
import static dev.sellerworkbench.commission.Fixtures.LONDON;
import static dev.sellerworkbench.commission.Fixtures.accepted;
import static dev.sellerworkbench.commission.Fixtures.approved;
import static dev.sellerworkbench.commission.Fixtures.bp;
import static dev.sellerworkbench.commission.Fixtures.invited;
import static dev.sellerworkbench.commission.Fixtures.item;
import static dev.sellerworkbench.commission.Fixtures.published;
import static dev.sellerworkbench.commission.Fixtures.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.i18n.Messages;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/// R-COM-1 … R-COM-4: which rate applies, from which plan and since when.
class RateResolverTest {

    private static final String SHIRT = "P-SHIRT";
    private static final long CREATOR = 7;
    private static final Instant APPROVED_AT = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant ACCEPTED_AT = Instant.parse("2026-01-10T09:00:00Z");

    /// Seed 004's example: the product is in an Open plan at 10% and a Targeted plan at 5%.
    private static CommissionSnapshot.Builder seedExample() {
        return CommissionSnapshot.builder(LONDON)
                .product(SHIRT, ProductStatus.LIVE)
                .plan(published(1, PlanType.OPEN, "Everyday essentials")).item(item(1, SHIRT, 1_000))
                .plan(published(2, PlanType.TARGETED, "Spring KOL")).item(item(2, SHIRT, 500))
                .application(approved(11, CREATOR, SHIRT, 1, APPROVED_AT))
                .creator(accepted(2, CREATOR, ACCEPTED_AT))
                .handle(CREATOR, "lan.nguyen");
    }

    @Test
    void approvedCreatorEarnsTheOpenRateBeforeAcceptingTheTargetedPlan() {
        Resolution r = new RateResolver(seedExample().build()).resolve(CREATOR, SHIRT, ACCEPTED_AT.minusSeconds(60));

        assertEquals(Rule.OPEN_APPROVED, r.rule());
        assertEquals(bp(1_000), r.rate());
        assertEquals(1, r.plan().id());
        assertEquals(APPROVED_AT, r.since());
    }

    @Test
    void targetedRateWinsOverOpenRateOnceAccepted() {
        Resolution r = new RateResolver(seedExample().build()).resolve(CREATOR, SHIRT, ACCEPTED_AT.plusSeconds(60));

        assertEquals(Rule.TARGETED_ACCEPTED, r.rule(), "R-COM-1: targeted beats open");
        assertEquals(bp(500), r.rate());
        assertEquals(2, r.plan().id());
        assertEquals(ACCEPTED_AT, r.since());
    }

    @Test
    void invitedButNotAcceptedTargetedPlanDoesNotApply() {
        CommissionSnapshot s = CommissionSnapshot.builder(LONDON).product(SHIRT, ProductStatus.LIVE)
                .plan(published(1, PlanType.OPEN, "Open")).item(item(1, SHIRT, 1_000))
                .plan(published(2, PlanType.TARGETED, "Targeted")).item(item(2, SHIRT, 500))
                .application(approved(11, CREATOR, SHIRT, 1, APPROVED_AT))
                .creator(invited(2, CREATOR)).build();

        assertEquals(Rule.OPEN_APPROVED, new RateResolver(s).resolve(CREATOR, SHIRT, ACCEPTED_AT).rule());
    }

    @Test
    void openRateNeedsAnApprovedApplication() {
        Application pending = new Application(11, "APP-11", CREATOR, SHIRT, 1, APPROVED_AT, ApplicationStatus.PENDING,
                null, false, null, 0);
        CommissionSnapshot s = CommissionSnapshot.builder(LONDON).product(SHIRT, ProductStatus.LIVE)
                .plan(published(1, PlanType.OPEN, "Open")).item(item(1, SHIRT, 1_000))
                .application(pending).build();

        Resolution r = new RateResolver(s).resolve(CREATOR, SHIRT, ACCEPTED_AT);

        assertEquals(Rule.NONE, r.rule(), "R-COM-1: a pending application earns nothing while approval is on");
    }

    @Test
    void pendingApplicationCountsWhenThePlanNeedsNoApproval() {
        Plan open = new Plan(1, PlanType.OPEN, "Open", null, null, PlanStatus.PUBLISHED, false, null, null, JAN_1, JAN_1,
                JAN_1, 0);
        Application pending = new Application(11, "APP-11", CREATOR, SHIRT, 1, APPROVED_AT, ApplicationStatus.PENDING,
                null, false, null, 0);
        CommissionSnapshot s = CommissionSnapshot.builder(LONDON).product(SHIRT, ProductStatus.LIVE)
                .plan(open).item(item(1, SHIRT, 1_000)).application(pending).build();

        assertEquals(Rule.OPEN_APPROVED, new RateResolver(s).resolve(CREATOR, SHIRT, ACCEPTED_AT).rule(),
                "R-PLAN-4: approval off means approved on arrival");
    }

    @Test
    void onlyTheShopPlanGivesTheShopRate() {
        CommissionSnapshot s = CommissionSnapshot.builder(LONDON).product(SHIRT, ProductStatus.LIVE)
                .plan(shop(9, 700)).build();

        Resolution r = new RateResolver(s).resolve(CREATOR, SHIRT, ACCEPTED_AT);

        assertEquals(Rule.SHOP, r.rule());
        assertEquals(bp(700), r.rate());
        assertEquals(9, r.plan().id());
    }

    @Test
    void noPlanMeansNoCommission() {
        CommissionSnapshot s = CommissionSnapshot.builder(LONDON).product(SHIRT, ProductStatus.LIVE)
                .plan(Fixtures.draft(9, PlanType.SHOP, "Shop draft")).build();

        Resolution r = new RateResolver(s).resolve(CREATOR, SHIRT, ACCEPTED_AT);

        assertEquals(Rule.NONE, r.rule());
        assertNull(r.rate());
        assertFalse(r.earns());
    }

    @Test
    void revokedProductEarnsNoNewCommission() {
        CommissionSnapshot s = seedExample().product(SHIRT, ProductStatus.REVOKED).plan(shop(9, 700)).build();

        Resolution r = new RateResolver(s).resolve(CREATOR, SHIRT, ACCEPTED_AT.plusSeconds(60));

        assertEquals(Rule.NONE, r.rule(), "R-PR-2");
        assertTrue(r.revoked());
        assertFalse(r.earns());
    }

    @Test
    void highestAcceptedTargetedRateWins() {
        CommissionSnapshot s = CommissionSnapshot.builder(LONDON).product(SHIRT, ProductStatus.LIVE)
                .plan(published(2, PlanType.TARGETED, "Eight")).item(item(2, SHIRT, 800))
                .plan(published(3, PlanType.TARGETED, "Nine")).item(item(3, SHIRT, 900))
                .creator(accepted(2, CREATOR, ACCEPTED_AT))
                .creator(accepted(3, CREATOR, ACCEPTED_AT.plusSeconds(3_600))).build();

        Resolution r = new RateResolver(s).resolve(CREATOR, SHIRT, ACCEPTED_AT.plusSeconds(7_200));

        assertEquals(bp(900), r.rate(), "R-COM-2: highest rate");
        assertEquals(3, r.plan().id());
    }

    @Test
    void equalTargetedRatesGoToThePlanAcceptedFirst() {
        CommissionSnapshot s = CommissionSnapshot.builder(LONDON).product(SHIRT, ProductStatus.LIVE)
                .plan(published(2, PlanType.TARGETED, "Accepted later")).item(item(2, SHIRT, 800))
                .plan(published(3, PlanType.TARGETED, "Accepted first")).item(item(3, SHIRT, 800))
                .creator(accepted(2, CREATOR, ACCEPTED_AT.plusSeconds(3_600)))
                .creator(accepted(3, CREATOR, ACCEPTED_AT)).build();

        Resolution r = new RateResolver(s).resolve(CREATOR, SHIRT, ACCEPTED_AT.plusSeconds(7_200));

        assertEquals(3, r.plan().id(), "R-COM-2: ties go to the earliest acceptance");
    }

    @Test
    void removedCreatorKeepsTheTargetedRateUntilNextMidnight() {
        Instant removedAt = Fixtures.london("2026-03-28T15:00");
        PlanCreator removed = new PlanCreator(2, CREATOR, InvitationStatus.REMOVED, JAN_1, ACCEPTED_AT, removedAt, "t", true);
        CommissionSnapshot only = CommissionSnapshot.builder(LONDON).product(SHIRT, ProductStatus.LIVE)
                .plan(published(1, PlanType.OPEN, "Everyday essentials")).item(item(1, SHIRT, 1_000))
                .plan(published(2, PlanType.TARGETED, "Spring KOL")).item(item(2, SHIRT, 500))
                .application(approved(11, CREATOR, SHIRT, 1, APPROVED_AT)).creator(removed).build();
        RateResolver resolver = new RateResolver(only);

        assertEquals(Rule.TARGETED_ACCEPTED, resolver.resolve(CREATOR, SHIRT, Fixtures.london("2026-03-28T23:59")).rule(),
                "R-PLAN-10: removal waits for 00:00 next day");
        assertEquals(Rule.OPEN_APPROVED, resolver.resolve(CREATOR, SHIRT, Fixtures.london("2026-03-29T00:00")).rule());
    }

    @Test
    void explanationNamesPlanRuleAndMoment() {
        Resolution r = new RateResolver(seedExample().build()).resolve(CREATOR, SHIRT, ACCEPTED_AT.plusSeconds(60));

        String english = r.explain(Messages.forLocale(Locale.ENGLISH), LONDON);
        String vietnamese = r.explain(Messages.forLocale(Locale.forLanguageTag("vi")), LONDON);

        assertEquals("@lan.nguyen earns 5% on product P-SHIRT from the targeted plan \"Spring KOL\", which they accepted; "
                + "in force since 2026-01-10 09:00 (Europe/London).", english, "R-COM-4");
        assertTrue(vietnamese.contains("kế hoạch mục tiêu") && vietnamese.contains("Spring KOL"), vietnamese);
    }

    @Test
    void conflictTableShowsWhichRateEachCreatorGets() {
        long approvedOnly = 8;
        long invitedOnly = 9;
        CommissionSnapshot s = seedExample()
                .application(approved(12, approvedOnly, SHIRT, 1, APPROVED_AT))
                .application(approved(13, invitedOnly, SHIRT, 1, APPROVED_AT))
                .creator(invited(2, invitedOnly))
                .handle(approvedOnly, "minh.tran").handle(invitedOnly, "putri.k").build();
        RateResolver resolver = new RateResolver(s);
        Instant at = ACCEPTED_AT.plusSeconds(60);

        assertEquals(java.util.List.of(SHIRT), resolver.productsInSeveralPlans(at));
        ConflictTable table = resolver.conflicts(SHIRT, at);

        assertEquals(2, table.plans().size());
        assertEquals(3, table.rows().size());
        ConflictTable.Row lan = table.rows().stream().filter(r -> r.creatorId() == CREATOR).findFirst().orElseThrow();
        ConflictTable.Row minh = table.rows().stream().filter(r -> r.creatorId() == approvedOnly).findFirst().orElseThrow();
        ConflictTable.Row putri = table.rows().stream().filter(r -> r.creatorId() == invitedOnly).findFirst().orElseThrow();
        assertEquals(bp(500), lan.resolution().rate());
        assertEquals(2, lan.standings().size());
        assertEquals(bp(1_000), minh.resolution().rate());
        assertEquals(bp(1_000), putri.resolution().rate(), "invited is not accepted: the open rate still applies");
        assertTrue(putri.standings().stream().anyMatch(st -> st.status().equals("SENT") && st.rate().equals(bp(500))));
    }

    @Test
    void queueShowsTheOpenRateAPendingApplicationWouldEarn() {
        Application pending = new Application(11, "APP-11", CREATOR, SHIRT, 1, APPROVED_AT, ApplicationStatus.PENDING,
                null, false, null, 0);
        CommissionSnapshot s = CommissionSnapshot.builder(LONDON).product(SHIRT, ProductStatus.LIVE)
                .plan(published(1, PlanType.OPEN, "Open")).item(item(1, SHIRT, 1_000))
                .plan(shop(9, 500)).application(pending).build();

        Resolution r = new RateResolver(s).resolveIfApproved(pending, ACCEPTED_AT);

        assertEquals(Rule.OPEN_APPROVED, r.rule(), "R-AP-5");
        assertEquals(bp(1_000), r.rate());
    }

    @Test
    void queueShowsTheTargetedRateWhenItWouldStillWin() {
        Application pending = new Application(12, "APP-12", CREATOR, SHIRT, 1, APPROVED_AT, ApplicationStatus.PENDING,
                null, false, null, 0);
        CommissionSnapshot s = seedExample().application(pending).build();

        Resolution r = new RateResolver(s).resolveIfApproved(pending, ACCEPTED_AT.plusSeconds(60));

        assertEquals(Rule.TARGETED_ACCEPTED, r.rule());
        assertEquals(bp(500), r.rate());
    }
}
