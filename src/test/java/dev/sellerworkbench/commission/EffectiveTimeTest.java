package dev.sellerworkbench.commission;

import static dev.sellerworkbench.commission.Fixtures.LONDON;
import static dev.sellerworkbench.commission.Fixtures.accepted;
import static dev.sellerworkbench.commission.Fixtures.bp;
import static dev.sellerworkbench.commission.Fixtures.item;
import static dev.sellerworkbench.commission.Fixtures.london;
import static dev.sellerworkbench.commission.Fixtures.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.RateChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/// R-PLAN-10 and R-COM-3: an edit reaches creators already in a targeted plan at 00:00 next day in
/// the seller's zone, newcomers at once, and an order keeps the rate in force when it was placed.
class EffectiveTimeTest {

    private static final String SHIRT = "P-SHIRT";
    private static final long EXISTING = 1;
    private static final long NEWCOMER = 2;
    /// 15:00 on the day before British Summer Time starts (clocks go 01:00 → 02:00 on 2026-03-29).
    private static final Instant EDIT = london("2026-03-28T15:00");

    private static RateResolver loweredAtThreeOnTheDstEve() {
        RateChange lowered = new RateChange(1, 2, SHIRT, bp(1_200), bp(800), EDIT, EffectiveTimes.nextMidnight(EDIT, LONDON));
        return new RateResolver(CommissionSnapshot.builder(LONDON)
                .product(SHIRT, ProductStatus.LIVE)
                .plan(published(2, PlanType.TARGETED, "Spring KOL"))
                .item(item(2, SHIRT, 800))
                .change(lowered)
                .creator(accepted(2, EXISTING, london("2026-03-10T10:00")))
                .creator(accepted(2, NEWCOMER, london("2026-03-28T16:00")))
                .build());
    }

    @Test
    void rateChangeTakesEffectAtLondonMidnightOnTheDstDay() {
        assertEquals(Instant.parse("2026-03-29T00:00:00Z"), EffectiveTimes.nextMidnight(EDIT, LONDON));
    }

    @Test
    void nextMidnightFollowsTheSellersZoneWhenSummerTimeEnds() {
        // 2026-10-25 00:00 in London is still British Summer Time (UTC+1), i.e. 23:00 UTC the day before.
        assertEquals(Instant.parse("2026-10-24T23:00:00Z"),
                EffectiveTimes.nextMidnight(london("2026-10-24T15:00"), LONDON));
    }

    @Test
    void editMadeOnTheDstDayTakesEffectAtTheNextLocalMidnightNotTwentyFourHoursLater() {
        // 29 March 2026 has only 23 hours in London: the next midnight is 23:00 UTC.
        assertEquals(Instant.parse("2026-03-29T23:00:00Z"),
                EffectiveTimes.nextMidnight(london("2026-03-29T15:00"), LONDON));
    }

    @Test
    void existingCreatorKeepsTheOldRateUntilMidnight() {
        RateResolver resolver = loweredAtThreeOnTheDstEve();

        assertEquals(bp(1_200), resolver.resolve(EXISTING, SHIRT, london("2026-03-28T23:59:59")).rate());
    }

    @Test
    void existingCreatorGetsTheNewRateFromMidnight() {
        RateResolver resolver = loweredAtThreeOnTheDstEve();
        Resolution r = resolver.resolve(EXISTING, SHIRT, london("2026-03-29T00:00"));

        assertEquals(bp(800), r.rate());
        assertEquals(Instant.parse("2026-03-29T00:00:00Z"), r.since(), "R-COM-4: explains from when");
    }

    @Test
    void creatorAcceptingAfterTheEditGetsTheNewRateAtOnce() {
        Resolution r = loweredAtThreeOnTheDstEve().resolve(NEWCOMER, SHIRT, london("2026-03-28T16:30"));

        assertEquals(bp(800), r.rate());
        assertEquals(london("2026-03-28T16:00"), r.since());
    }

    @Test
    void orderKeepsTheRateInForceWhenPlaced() {
        RateResolver resolver = loweredAtThreeOnTheDstEve();
        Instant placed = london("2026-03-28T20:00");

        // Asked long after the change, about the moment the order was placed.
        assertEquals(bp(1_200), resolver.resolve(EXISTING, SHIRT, placed).rate());
        assertEquals(bp(1_200), resolver.resolve(EXISTING, SHIRT, london("2026-03-28T14:00")).rate());
    }

    @Test
    void pendingChangesListTheMomentEachTakesEffect() {
        RateResolver resolver = loweredAtThreeOnTheDstEve();

        List<PendingChange> pending = resolver.pendingChanges(2, london("2026-03-28T17:00"));

        assertEquals(1, pending.size());
        assertEquals(PendingChange.Kind.RATE_CHANGED, pending.getFirst().kind());
        assertEquals(Instant.parse("2026-03-29T00:00:00Z"), pending.getFirst().effectiveAt());
        assertTrue(resolver.pendingChanges(2, london("2026-03-29T00:00")).isEmpty());
    }

    @Test
    void productRemovalReachesExistingCreatorsAtMidnight() {
        RateChange removed = new RateChange(1, 2, SHIRT, bp(1_200), null, EDIT, EffectiveTimes.nextMidnight(EDIT, LONDON));
        RateResolver resolver = new RateResolver(CommissionSnapshot.builder(LONDON)
                .product(SHIRT, ProductStatus.LIVE)
                .plan(published(2, PlanType.TARGETED, "Spring KOL"))
                .item(new dev.sellerworkbench.domain.PlanItem(2, SHIRT, bp(1_200), null, Fixtures.JAN_1,
                        EffectiveTimes.nextMidnight(EDIT, LONDON)))
                .change(removed)
                .creator(accepted(2, EXISTING, london("2026-03-10T10:00")))
                .creator(accepted(2, NEWCOMER, london("2026-03-28T16:00")))
                .build());

        assertEquals(bp(1_200), resolver.resolve(EXISTING, SHIRT, london("2026-03-28T23:00")).rate());
        assertEquals(Rule.NONE, resolver.resolve(EXISTING, SHIRT, london("2026-03-29T00:00")).rule());
        assertEquals(Rule.NONE, resolver.resolve(NEWCOMER, SHIRT, london("2026-03-28T16:30")).rule());
        assertEquals(PendingChange.Kind.PRODUCT_REMOVED,
                resolver.pendingChanges(2, london("2026-03-28T17:00")).getFirst().kind());
    }
}
