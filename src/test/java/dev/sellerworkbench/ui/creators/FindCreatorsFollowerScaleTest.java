package dev.sellerworkbench.ui.creators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/// The follower slider's log scale (R-CR-3 follower range): round figures, and the ends mean "no bound".
class FindCreatorsFollowerScaleTest {

    @Test
    void sliderPositionsBecomeTwoDigitRoundFollowerCounts() {
        assertEquals(100_000, FollowerScale.toFollowers(5));
        assertEquals(52_000, FollowerScale.toFollowers(Math.log10(51_794)));
        assertEquals(5, FollowerScale.toSlider(100_000), 1e-9);
    }

    @Test
    void theSlidersEndsLeaveTheRangeOpen() {
        assertEquals("", FollowerScale.minText(0));
        assertEquals("", FollowerScale.maxText(7, 7));
        assertEquals("1000000", FollowerScale.maxText(6, 7));
    }
}
