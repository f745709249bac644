package dev.sellerworkbench.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Level;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/// R-LV-10: current level, projected level, benefits gained or lost, unmet items.
class LevelPreviewTest {

    private final LevelProfile douyin = LevelProfiles.builtIn(LevelProfiles.DOUYIN);

    @Test
    void dropFromFiveToThreeLosesTheBenefitsOfLevelsFourAndFive() {
        // sales 3 (¥50,000), behaviour 3 (20%): 3.0 → L3
        Evaluation projected = douyin.evaluate(Stats.douyin("50000", "10000", "4.5", 0), null);

        LevelPreview preview = LevelPreview.of(Level.official(5), YearMonth.of(2026, 12), projected, douyin);

        assertEquals(3, projected.level());
        assertEquals(List.of(), preview.gained());
        assertEquals(List.of("super-lucky-bag", "live-preview", "official-community", "quality-creator-certification"),
                preview.lost());
        assertEquals(-1, preview.direction());
        assertTrue(preview.editableDefaults());
    }

    @Test
    void riseGainsTheBenefitsOfTheNewLevels() {
        // sales 5 (¥1,000,000), behaviour 4 (30%): 4.8 → L5
        Evaluation projected = douyin.evaluate(Stats.douyin("1000000", "300000", "4.5", 0), null);

        LevelPreview preview = LevelPreview.of(Level.projected(4), YearMonth.of(2026, 12), projected, douyin);

        assertEquals(List.of("official-community", "quality-creator-certification"), preview.gained());
        assertEquals(List.of(), preview.lost());
    }

    @Test
    void unratedCreatorHoldsNoBenefitsAndSeesTheFailedGate() {
        Evaluation projected = douyin.evaluate(Stats.douyin("1000000", "300000", "4.0", 0), null);

        LevelPreview preview = LevelPreview.of(Level.official(2), YearMonth.of(2026, 12), projected, douyin);

        assertEquals(List.of(), douyin.benefitsAt(projected.level()));
        assertTrue(preview.lost().contains("product-sharing"));
        assertEquals(Metric.REPUTATION, preview.unmet().getFirst().metric());
    }
}
