package dev.sellerworkbench.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/// Levels and diagnoses in the interface languages; every shown level says official or projected (R-LV-3).
class LevelTextsTest {

    private final LevelTexts english = new LevelTexts(Messages.forLocale(Locale.ENGLISH));
    private final LevelTexts vietnamese = new LevelTexts(Messages.forLocale(Locale.forLanguageTag("vi")));
    private final LevelTexts chinese = new LevelTexts(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));

    @Test
    void levelSaysWhetherItIsOfficialOrProjected() {
        assertEquals("L5 (official)", english.level(Level.official(5)));
        assertEquals("L5 (dự kiến)", vietnamese.level(Level.projected(5)));
    }

    @Test
    void unratedIsNotShownAsLevelZero() {
        assertEquals("unrated (projected)", english.level(Level.unrated(LevelKind.PROJECTED)));
    }

    @Test
    void vietnameseDiagnosisUsesVietnameseGrouping() {
        Evaluation e = LevelProfiles.builtIn(LevelProfiles.TIKTOK).evaluate(Stats.tiktok("41200000", "VND", 9, 4), Region.VN);

        assertEquals("Còn thiếu để lên L4: GMV 41.200.000 ₫ trên 50.000.000 ₫; ngày hoạt động 9 trên 12",
                vietnamese.diagnosis(e.diagnosis()));
    }

    @Test
    void failedGateIsNamedInChinese() {
        Evaluation e = LevelProfiles.builtIn(LevelProfiles.DOUYIN).evaluate(Stats.douyin("1000000", "0", "4.19", 5), null);

        assertEquals("未评级，未达评级门槛：带货口碑分 4.19，需 4.20；扣除信用分 5，上限 4", chinese.diagnosis(e.diagnosis()));
    }

    @Test
    void projectedBadgeCarriesTheEditableDefaultsNote() {
        LevelBadge badge = LevelBadge.of(Level.projected(6).withDeclining(true), english, true);

        assertEquals("L6 ↓", badge.text());
        assertTrue(badge.styleClasses().contains("level-projected"));
        assertTrue(badge.styleClasses().contains("level-declining"));
        assertTrue(badge.tooltip().contains(english.editableDefaultsNote()), badge.tooltip());
    }

    @Test
    void officialBadgeHasNoDefaultsNote() {
        LevelBadge badge = LevelBadge.of(Level.official(2), english, true);

        assertEquals("L2 (official)", badge.tooltip());
    }
}
