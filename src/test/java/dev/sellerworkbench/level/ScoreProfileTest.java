package dev.sellerworkbench.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Region;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Douyin's gate, scores and rounding (R-LV-5 … R-LV-8) with the shipped profile.
class ScoreProfileTest {

    private final ScoreProfile douyin = (ScoreProfile) LevelProfiles.builtIn(LevelProfiles.DOUYIN);

    @Test
    void seedExampleSalesFiveBehaviourFourScoresFourPointEightAndIsLevelFive() {
        // ¥1,000,000 is the sales-score-5 band, a 30% good-product share the behaviour-4 band.
        Evaluation e = douyin.evaluate(Stats.douyin("1000000", "300000", "4.8", 0), null);

        assertEquals(5, e.salesScore());
        assertEquals(4, e.behaviourScore());
        assertEquals(0, new BigDecimal("4.8").compareTo(e.levelScore()));
        assertEquals(5, e.level());
    }

    @Test
    void levelScoreFourPointFiveRoundsHalfUpToFive() {
        assertEquals(5, douyin.levelFromScore(new BigDecimal("4.5")));
    }

    @Test
    void levelScoreFourPointFourNineRoundsDownToFour() {
        assertEquals(4, douyin.levelFromScore(new BigDecimal("4.49")));
    }

    @Test
    void levelIsCappedAtSevenWhenTheScoreIsHigher() {
        assertEquals(7, douyin.levelFromScore(new BigDecimal("8")));
        assertEquals(7, douyin.levelFromScore(new BigDecimal("9.6")));
    }

    @Test
    void topSalesAndBehaviourGiveLevelSevenAtTheTop() {
        Evaluation e = douyin.evaluate(Stats.douyin("50000000", "40000000", "4.9", 0), null);

        assertEquals(7, e.level());
        assertEquals(Diagnosis.Kind.TOP, e.diagnosis().kind());
    }

    @Test
    void reputationBelowFourPointTwoIsUnratedNotLevelZero() {
        Evaluation e = douyin.evaluate(Stats.douyin("1000000", "300000", "4.19", 0), null);

        assertNull(e.level());
        assertEquals(Diagnosis.Kind.GATE, e.diagnosis().kind());
        assertEquals(List.of(Metric.REPUTATION), e.diagnosis().items().stream().map(Requirement::metric).toList());
    }

    @Test
    void fiveCreditPointsDeductedIsUnrated() {
        Evaluation e = douyin.evaluate(Stats.douyin("1000000", "300000", "4.8", 5), null);

        assertNull(e.level());
        assertEquals(List.of(Metric.CREDIT_DEDUCTED), e.diagnosis().items().stream().map(Requirement::metric).toList());
    }

    @Test
    void reputationExactlyFourPointTwoAndFourPointsDeductedAreRated() {
        Evaluation e = douyin.evaluate(Stats.douyin("1000000", "300000", "4.2", 4), null);

        assertTrue(e.rated());
        assertEquals(5, e.level());
    }

    @Test
    void missingReputationFailsTheGate() {
        assertFalse(douyin.evaluate(Stats.douyin("1000000", "300000", null, 0), null).rated());
    }

    @Test
    void diagnosisOffersEitherScoreWhenEachAloneReachesTheNextLevel() {
        // sales 4 (¥200,000), behaviour 4 (30%): 4.0 → L4. L5 needs 4.5: sales 5 gives 4.8,
        // behaviour 7 (60%) gives 4.6, so either is enough.
        Diagnosis d = douyin.evaluate(Stats.douyin("200000", "60000", "4.8", 0), null).diagnosis();

        assertEquals(Diagnosis.Kind.NEXT_LEVEL, d.kind());
        assertEquals(5, d.targetLevel());
        assertTrue(d.anyOf());
        assertEquals(Metric.GMV, d.items().get(0).metric());
        assertEquals(0, new BigDecimal("1000000").compareTo(d.items().get(0).limit()));
        assertEquals(Metric.GOOD_PRODUCT_SHARE, d.items().get(1).metric());
        assertEquals(0, new BigDecimal("6000").compareTo(d.items().get(1).limit()));
    }

    @Test
    void diagnosisNamesOnlyTheScoreThatCanReachTheNextLevel() {
        // sales 5, behaviour 4: L5. L6 needs 5.5: sales 6 gives 5.6; behaviour 7 gives only 5.4.
        Diagnosis d = douyin.evaluate(Stats.douyin("1000000", "300000", "4.8", 0), null).diagnosis();

        assertFalse(d.anyOf());
        assertEquals(1, d.items().size());
        assertEquals(Metric.GMV, d.items().get(0).metric());
        assertEquals(0, new BigDecimal("5000000").compareTo(d.items().get(0).limit()));
    }

    @Test
    void figuresInAnotherCurrencyAreNotJudged() {
        var stats = Stats.tiktok("41200000", "VND", 9, 4);

        Evaluation e = douyin.evaluate(stats, Region.CN);

        assertNull(e.level());
        assertEquals(Diagnosis.Kind.NOT_APPLICABLE, e.diagnosis().kind());
        assertEquals(List.of("VND", "CNY"), e.diagnosis().args());
    }

    /// R-LV-12: the region is checked before the gate, so a poor reputation outside CN is no
    /// reason to make anyone unrated.
    @Test
    void creatorOfAnotherRegionIsNotJudgedEvenWithAFailingGate() {
        var stats = new dev.sellerworkbench.domain.MonthlyStats(1, Stats.OCTOBER,
                dev.sellerworkbench.domain.Money.of("41200000", "VND"), 9, 4, new BigDecimal("3.0"), 9,
                dev.sellerworkbench.domain.Money.of("0", "VND"));

        Evaluation e = douyin.evaluate(stats, Region.VN);

        assertEquals(Diagnosis.Kind.NOT_APPLICABLE, e.diagnosis().kind());
        assertEquals("region", e.diagnosis().detail());
        assertFalse(douyin.rates(Region.VN));
        assertTrue(douyin.rates(Region.CN));
    }
}
