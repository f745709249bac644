package dev.sellerworkbench.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/// TikTok Shop levels (R-LV-1, R-LV-3) with the shipped Vietnamese thresholds: L4 asks for
/// 50,000,000 ₫, 12 active days and 4 products; L3 for 15,000,000 ₫, 8 days and 3 products.
class ThresholdProfileTest {

    private final ThresholdProfile tiktok = (ThresholdProfile) LevelProfiles.builtIn(LevelProfiles.TIKTOK);

    @Test
    void gmvExactlyAtTheThresholdReachesTheLevel() {
        Evaluation e = tiktok.evaluate(Stats.tiktok("50000000", "VND", 12, 4), Region.VN);

        assertEquals(4, e.level());
    }

    @Test
    void oneShortMetricHoldsTheLevelBelow() {
        Evaluation e = tiktok.evaluate(Stats.tiktok("50000000", "VND", 11, 4), Region.VN);

        assertEquals(3, e.level());
        assertEquals(4, e.diagnosis().targetLevel());
        assertEquals(List.of(Metric.ACTIVE_DAYS), e.diagnosis().items().stream().map(Requirement::metric).toList());
    }

    @Test
    void levelIsCappedAtEight() {
        Evaluation e = tiktok.evaluate(Stats.tiktok("90000000000", "VND", 31, 500), Region.VN);

        assertEquals(8, e.level());
        assertEquals(Diagnosis.Kind.TOP, e.diagnosis().kind());
    }

    @Test
    void diagnosisSaysEachShortMetricAndByHowMuch() {
        Evaluation e = tiktok.evaluate(Stats.tiktok("41200000", "VND", 9, 4), Region.VN);
        LevelTexts texts = new LevelTexts(Messages.forLocale(Locale.ENGLISH));

        assertEquals(3, e.level());
        assertEquals("Short of L4: GMV 41,200,000 ₫ of 50,000,000 ₫; active days 9 of 12",
                texts.diagnosis(e.diagnosis()));
    }

    @Test
    void thresholdsFollowTheRegionOfTheFiguresCurrency() {
        // 31,000,000 Rp is Indonesia's L4 GMV; the region comes from the currency when not given.
        Evaluation e = tiktok.evaluate(Stats.tiktok("31000000", "IDR", 12, 4), null);

        assertEquals(4, e.level());
    }

    @Test
    void regionWithoutThresholdsIsNotJudged() {
        Evaluation e = tiktok.evaluate(Stats.tiktok("100000", "CNY", 20, 10), Region.CN);

        assertNull(e.level());
        assertEquals(Diagnosis.Kind.NOT_APPLICABLE, e.diagnosis().kind());
    }

    @Test
    void diagnosisSurvivesStorageUnchanged() {
        Diagnosis d = tiktok.evaluate(Stats.tiktok("41200000.0000", "VND", 9, 4), Region.VN).diagnosis();

        Diagnosis back = Diagnosis.decode(d.encode());

        assertEquals("N4;gmv:41200000/50000000:VND;activeDays:9/12", d.encode());
        assertEquals(d.encode(), back.encode());
        assertEquals(d.items().size(), back.items().size());
    }
}
