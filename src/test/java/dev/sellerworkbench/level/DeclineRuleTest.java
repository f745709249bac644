package dev.sellerworkbench.level;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/// R-LV-4: a drop of two levels in one month, or drops in two months running, is declining.
class DeclineRuleTest {

    @Test
    void dropFromSixToFourInOneMonthIsDeclining() {
        assertTrue(DeclineRule.declining(null, 6, 4));
    }

    @Test
    void dropsFromSixToFiveToFourInTwoMonthsRunningAreDeclining() {
        assertTrue(DeclineRule.declining(6, 5, 4));
    }

    @Test
    void singleDropFromSixToFiveIsNormalVariation() {
        assertFalse(DeclineRule.declining(6, 6, 5));
        assertFalse(DeclineRule.declining(null, 6, 5));
    }

    @Test
    void dropAfterARiseIsNotDeclining() {
        assertFalse(DeclineRule.declining(4, 6, 5));
    }

    @Test
    void monthWithoutALevelShowsNoDrop() {
        assertFalse(DeclineRule.declining(6, null, 4));
        assertFalse(DeclineRule.declining(6, 5, null));
    }
}
