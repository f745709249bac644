package dev.sellerworkbench.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /// A history line shows the stored row's fields in the interface language, never the stored
    /// diagnosis code: no `;`, no `key:value` run, and no English kind word outside English.
    @Test
    void historyLinesCarryNoStoredCodeInAnyLanguage() {
        java.util.List<dev.sellerworkbench.domain.LevelRecord> rows = java.util.List.of(
                new dev.sellerworkbench.domain.LevelRecord(1, java.time.YearMonth.of(2026, 11),
                        dev.sellerworkbench.domain.LevelKind.PROJECTED, "tiktok", 5,
                        "N6;gmv:148200000/300000000:VND;activeDays:15/18", java.time.Instant.EPOCH),
                new dev.sellerworkbench.domain.LevelRecord(1, java.time.YearMonth.of(2026, 11),
                        dev.sellerworkbench.domain.LevelKind.PROJECTED, "douyin", null,
                        "G;reputation:3.1/4.2;creditDeducted:9/4", java.time.Instant.EPOCH),
                new dev.sellerworkbench.domain.LevelRecord(1, java.time.YearMonth.of(2026, 10),
                        dev.sellerworkbench.domain.LevelKind.OFFICIAL, "tiktok", 3, null, java.time.Instant.EPOCH),
                new dev.sellerworkbench.domain.LevelRecord(1, java.time.YearMonth.of(2026, 9),
                        dev.sellerworkbench.domain.LevelKind.PROJECTED, "tiktok", null, "X;currency;CNY;VND",
                        java.time.Instant.EPOCH));
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("[A-Za-z]+:[^\\s]|[;；]");
        for (java.util.Locale locale : Messages.LANGUAGES) {
            LevelTexts texts = new LevelTexts(Messages.forLocale(locale));
            for (var row : rows) {
                String line = texts.historyLine(row);
                assertFalse(code.matcher(line).find(), locale + ": " + line);
                if (!locale.getLanguage().equals("en")) {
                    for (String english : java.util.List.of("projected", "official", "unrated", "active days", "of ")) {
                        assertFalse(line.contains(english), locale + ": " + line);
                    }
                }
            }
        }
        String english = new LevelTexts(Messages.forLocale(java.util.Locale.ENGLISH)).historyLine(rows.get(0));
        assertEquals("2026-11 · L5 · projected (TikTok Shop): GMV 148,200,000 ₫ of 300,000,000 ₫, active days 15 of 18",
                english);
        String vietnamese = new LevelTexts(Messages.forLocale(java.util.Locale.forLanguageTag("vi"))).historyLine(rows.get(0));
        assertTrue(vietnamese.contains("148.200.000 ₫"), vietnamese);
    }
}
