package dev.sellerworkbench.commission;

import static dev.sellerworkbench.commission.Fixtures.LONDON;
import static dev.sellerworkbench.commission.Fixtures.bp;
import static dev.sellerworkbench.commission.Fixtures.draft;
import static dev.sellerworkbench.commission.Fixtures.invited;
import static dev.sellerworkbench.commission.Fixtures.item;
import static dev.sellerworkbench.commission.Fixtures.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/// R-PLAN-2, R-PLAN-3, R-PLAN-5, R-PLAN-7, R-PLAN-8, R-PLAN-12, R-PR-2: what a plan may hold.
class PlanValidatorTest {

    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    private static final PlanValidator VALIDATOR = new PlanValidator(PlanLimits.defaults());

    private static CommissionSnapshot.Builder shopWithProducts() {
        return CommissionSnapshot.builder(LONDON)
                .product("P1", ProductStatus.LIVE).product("P2", ProductStatus.LIVE).product("P3", ProductStatus.LIVE)
                .product("GONE", ProductStatus.REVOKED);
    }

    private static PlanDraft targeted(int creators, PlanDraft.Item... items) {
        return new PlanDraft(draft(0, PlanType.TARGETED, "Spring KOL"), List.of(items),
                LongStream.rangeClosed(1, creators).boxed().toList());
    }

    private static PlanDraft open(PlanDraft.Item... items) {
        return new PlanDraft(draft(0, PlanType.OPEN, "Everyday"), List.of(items), List.of());
    }

    private static PlanDraft.Item p1(int basisPoints) {
        return new PlanDraft.Item("P1", bp(basisPoints), "Soft cotton");
    }

    private static List<String> keys(List<PlanProblem> problems) {
        return problems.stream().map(PlanProblem::key).toList();
    }

    @Test
    void thirtyCreatorsAreAccepted() {
        assertEquals(List.of(), VALIDATOR.validate(targeted(30, p1(1_000)), shopWithProducts().build()));
    }

    @Test
    void thirtyFirstCreatorIsRefused() {
        List<PlanProblem> problems = VALIDATOR.validate(targeted(31, p1(1_000)), shopWithProducts().build());

        assertEquals(List.of("commission.problem.tooManyCreators"), keys(problems), "R-PLAN-8");
        assertEquals("A targeted plan can have at most 30 creators; this one has 31.", problems.getFirst().message(EN));
    }

    @Test
    void creatorLimitFollowsTheSetting() {
        PlanValidator forty = new PlanValidator(PlanLimits.defaults().withMaxTargetedCreators(40));

        assertEquals(List.of(), forty.validate(targeted(31, p1(1_000)), shopWithProducts().build()));
    }

    private static CommissionSnapshot withPublishedTargetedPlans(int count) {
        CommissionSnapshot.Builder b = shopWithProducts();
        for (int i = 1; i <= count; i++) {
            b.plan(published(100 + i, PlanType.TARGETED, "Targeted " + i)).item(item(100 + i, "P2", 1_000));
        }
        return b.build();
    }

    @Test
    void fiftiethTargetedPlanIsAccepted() {
        assertEquals(List.of(), VALIDATOR.validate(targeted(1, p1(1_000)), withPublishedTargetedPlans(49)));
    }

    @Test
    void fiftyFirstTargetedPlanIsRefused() {
        List<PlanProblem> problems = VALIDATOR.validate(targeted(1, p1(1_000)), withPublishedTargetedPlans(50));

        assertEquals(List.of("commission.problem.tooManyTargetedPlans"), keys(problems), "R-PLAN-7");
        assertTrue(problems.getFirst().message(EN).contains("at most 50 targeted plans"));
    }

    @Test
    void fiftyPercentAndOnePercentAreAccepted() {
        assertEquals(List.of(), VALIDATOR.validate(open(p1(5_000)), shopWithProducts().build()));
        assertEquals(List.of(), VALIDATOR.validate(open(p1(100)), shopWithProducts().build()));
    }

    @Test
    void fiftyPointZeroOnePercentIsRefused() {
        List<PlanProblem> problems = VALIDATOR.validate(open(p1(5_001)), shopWithProducts().build());

        assertEquals(List.of("commission.problem.rateTooHigh"), keys(problems), "R-PLAN-3");
        assertEquals("P1", problems.getFirst().item());
        assertEquals(PlanProblem.FIELD_RATE, problems.getFirst().field());
        assertEquals("The commission rate 50.01% is above the maximum of 50%.", problems.getFirst().message(EN));
    }

    @Test
    void zeroPercentIsRefused() {
        List<PlanProblem> problems = VALIDATOR.validate(open(p1(0)), shopWithProducts().build());

        assertEquals(List.of("commission.problem.rateZero"), keys(problems), "R-PLAN-3");
        assertEquals("A commission rate of 0% is not allowed.", problems.getFirst().message(EN));
    }

    @Test
    void belowOnePercentIsRefused() {
        assertEquals(List.of("commission.problem.rateTooLow"),
                keys(VALIDATOR.validate(open(p1(99)), shopWithProducts().build())));
    }

    @Test
    void upperBoundSettingAllowsUpToEightyPercent() {
        PlanValidator eighty = new PlanValidator(PlanLimits.defaults().withMaxRate(PlanLimits.CEILING));

        assertEquals(List.of(), eighty.validate(open(p1(8_000)), shopWithProducts().build()));
        assertEquals(List.of("commission.problem.rateTooHigh"),
                keys(eighty.validate(open(p1(8_001)), shopWithProducts().build())));
    }

    @Test
    void reasonOfFiveHundredCharactersIsAccepted() {
        PlanDraft.Item item = new PlanDraft.Item("P1", bp(1_000), "a".repeat(500));

        assertEquals(List.of(), VALIDATOR.validate(open(item), shopWithProducts().build()));
    }

    @Test
    void reasonOfFiveHundredAndOneCharactersIsRefused() {
        PlanDraft.Item item = new PlanDraft.Item("P1", bp(1_000), "a".repeat(501));
        List<PlanProblem> problems = VALIDATOR.validate(open(item), shopWithProducts().build());

        assertEquals(List.of("commission.problem.reasonTooLong"), keys(problems), "R-PLAN-2");
        assertEquals(PlanProblem.FIELD_REASON, problems.getFirst().field());
        assertEquals("The promotion reason has 501 characters; at most 500 are allowed.", problems.getFirst().message(EN));
    }

    @Test
    void reasonLengthCountsCharactersNotUtf16Units() {
        // 500 emoji are 1,000 UTF-16 units but 500 characters.
        PlanDraft.Item item = new PlanDraft.Item("P1", bp(1_000), "\uD83D\uDC57".repeat(500));

        assertEquals(List.of(), VALIDATOR.validate(open(item), shopWithProducts().build()));
    }

    @Test
    void eachLimitIsRefusedWithItsOwnMessage() {
        List<String> messages = new ArrayList<>();
        messages.add(VALIDATOR.validate(targeted(31, p1(1_000)), shopWithProducts().build()).getFirst().message(EN));
        messages.add(VALIDATOR.validate(targeted(1, p1(1_000)), withPublishedTargetedPlans(50)).getFirst().message(EN));
        messages.add(VALIDATOR.validate(open(p1(5_001)), shopWithProducts().build()).getFirst().message(EN));
        messages.add(VALIDATOR.validate(open(p1(0)), shopWithProducts().build()).getFirst().message(EN));
        messages.add(VALIDATOR.validate(open(new PlanDraft.Item("P1", bp(1_000), "a".repeat(501))),
                shopWithProducts().build()).getFirst().message(EN));

        assertEquals(5, messages.stream().distinct().count(), messages.toString());
    }

    @Test
    void revokedProductCannotBeAdded() {
        List<PlanProblem> problems = VALIDATOR.validate(open(new PlanDraft.Item("GONE", bp(1_000), null)),
                shopWithProducts().build());

        assertEquals(List.of("commission.problem.productNotLive"), keys(problems), "R-PR-2");
    }

    @Test
    void productRevokedAfterItWasAddedStaysInItsPlan() {
        Plan plan = published(5, PlanType.OPEN, "Everyday");
        CommissionSnapshot current = shopWithProducts().plan(plan).item(item(5, "GONE", 1_000)).build();
        PlanDraft edit = new PlanDraft(plan, List.of(new PlanDraft.Item("GONE", bp(1_000), null)), List.of());

        assertEquals(List.of(), VALIDATOR.validate(edit, current));
    }

    @Test
    void productInAnotherOpenPlanIsRefusedNamingThatPlan() {
        CommissionSnapshot current = shopWithProducts().plan(published(5, PlanType.OPEN, "Summer sale"))
                .item(item(5, "P1", 800)).build();
        List<PlanProblem> problems = VALIDATOR.validate(open(p1(1_000)), current);

        assertEquals(List.of("commission.problem.productInOpenPlan"), keys(problems), "R-PR-2");
        assertTrue(problems.getFirst().message(EN).contains("\"Summer sale\""));
    }

    @Test
    void creatorHoldingTheProductThroughAnotherTargetedPlanIsAConflictNamingIt() {
        CommissionSnapshot current = shopWithProducts().plan(published(6, PlanType.TARGETED, "Tết KOL"))
                .item(item(6, "P1", 1_200)).creator(invited(6, 1)).handle(1, "lan.nguyen").build();
        List<PlanProblem> problems = VALIDATOR.validate(targeted(2, p1(1_000)), current);

        assertEquals(List.of("commission.problem.creatorHoldsProduct"), keys(problems), "R-PR-2");
        assertEquals("@lan.nguyen", problems.getFirst().item());
        assertEquals("@lan.nguyen already holds product P1 through the targeted plan \"Tết KOL\".",
                problems.getFirst().message(EN));
    }

    @Test
    void secondShopPlanIsRefused() {
        CommissionSnapshot current = shopWithProducts().plan(Fixtures.shop(9, 500)).build();
        Plan second = new Plan(0, PlanType.SHOP, "Another shop plan", null, null,
                dev.sellerworkbench.domain.PlanStatus.DRAFT, false, bp(600), null, null, null, null, 0);

        assertEquals(List.of("commission.problem.shopPlanExists"),
                keys(VALIDATOR.validate(new PlanDraft(second, List.of(), List.of()), current)), "R-PLAN-12");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        PlanDraft draft = open(new PlanDraft.Item("P1", bp(0), null),
                new PlanDraft.Item("P2", bp(1_000), "a".repeat(501)),
                new PlanDraft.Item("GONE", bp(1_000), null));

        List<PlanProblem> problems = VALIDATOR.validate(draft, shopWithProducts().build());

        assertEquals(List.of("commission.problem.rateZero", "commission.problem.reasonTooLong",
                "commission.problem.productNotLive"), keys(problems), "R-PLAN-5");
        assertEquals(List.of("P1", "P2", "GONE"), problems.stream().map(PlanProblem::item).toList());
    }

    @Test
    void typedRateWithThreeDecimalsIsRefused() {
        List<PlanProblem> problems = new ArrayList<>();

        Optional<Rate> rate = VALIDATOR.parseRate("P1", PlanProblem.FIELD_RATE, "12.345", problems);

        assertTrue(rate.isEmpty());
        assertEquals(List.of("commission.problem.rateDecimals"), keys(problems));
    }

    @Test
    void typedRateWithTwoDecimalsIsAccepted() {
        List<PlanProblem> problems = new ArrayList<>();

        assertEquals(Optional.of(bp(1_250)), VALIDATOR.parseRate("P1", PlanProblem.FIELD_RATE, "12,50 %", problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void uniformRateAppliesToEveryProduct() {
        PlanDraft draft = open(p1(0), new PlanDraft.Item("P2", bp(5_001), null)).withUniformRate(bp(1_500));

        assertEquals(List.of(bp(1_500), bp(1_500)), draft.items().stream().map(PlanDraft.Item::rate).toList());
        assertEquals(List.of(), VALIDATOR.validate(draft, shopWithProducts().build()));
    }

    @Test
    void productPickerNamesThePublishedPlanThatHoldsTheProduct() {
        CommissionSnapshot current = shopWithProducts().plan(published(5, PlanType.OPEN, "Summer sale"))
                .item(item(5, "P1", 800)).plan(draft(6, PlanType.OPEN, "Draft")).item(item(6, "P1", 900)).build();

        assertEquals(List.of("Summer sale"), current.plansHolding("P1", PlanType.OPEN).stream().map(Plan::name).toList());
    }
}
