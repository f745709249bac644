package dev.sellerworkbench.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.service.CreatorLevels;
import dev.sellerworkbench.store.TestDatabases;
import dev.sellerworkbench.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// R-LV-10: one preview for any creator, consistent by construction: current level with its
/// month, next month's projection, what reaches, keeps or misses a level, benefits gained or lost.
class LevelPreviewTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = NOV.plusMonths(1);
    private final LevelProfile douyin = LevelProfiles.builtIn(LevelProfiles.DOUYIN);
    private final LevelProfile tiktok = LevelProfiles.builtIn(LevelProfiles.TIKTOK);
    private final LevelTexts english = new LevelTexts(Messages.forLocale(Locale.ENGLISH));

    private LevelPreview next(Level current, MonthlyStats stats, LevelProfile profile, Region region) {
        Evaluation e = profile.evaluate(stats, region);
        return LevelPreview.of(new CurrentLevel(current, NOV, profile.id()), DEC, NOV, e, true, profile,
                level -> profile.requirementsFor(level, stats, region));
    }

    /// Figures exactly at the shipped Vietnamese minimums of L5 (₫120,000,000, 15 days, 5 products).
    private static MonthlyStats vnL5() {
        return new MonthlyStats(1, NOV, Money.of("120000000", "VND"), 15, 5, new BigDecimal("4.8"), 0,
                Money.of("0", "VND"));
    }

    @Test
    void promotionListsWhatReachesItAndNothingUnmet() {
        LevelPreview p = next(Level.official(4), vnL5(), tiktok, Region.VN);

        assertEquals(5, p.evaluation().level());
        assertEquals(1, p.direction());
        assertEquals(List.of(), p.missing(), "no unmet items on a promotion");
        assertEquals(3, p.holds().size());
        assertTrue(p.holds().stream().allMatch(Requirement::met));
        assertEquals(List.of("leaderboard-campaigns"), p.gained());
        List<String> lines = english.preview(p);
        assertEquals("Current level: L4 (official), 2026-11", lines.get(0));
        assertEquals("Projected for 2026-12 (TikTok Shop): L5, up from L4", lines.get(1));
        assertTrue(lines.get(2).startsWith("Reached with: GMV 120,000,000 ₫ (at least 120,000,000 ₫)"), lines.get(2));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("For ") || l.startsWith("To keep")), lines.toString());
    }

    @Test
    void levelKeptSaysWhatKeepsItAndWhatTheNextLevelMisses() {
        LevelPreview p = next(Level.projected(5), vnL5(), tiktok, Region.VN);

        assertEquals(0, p.direction());
        assertEquals(6, p.missingFor());
        assertTrue(p.missing().stream().noneMatch(Requirement::met));
        List<String> lines = english.preview(p);
        assertTrue(lines.contains("Projected for 2026-12 (TikTok Shop): L5, unchanged"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Keeps L5 with: GMV 120,000,000 ₫")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("For L6: GMV 120,000,000 ₫ of 300,000,000 ₫")),
                lines.toString());
    }

    @Test
    void dropListsOnlyWhatKeepingTheCurrentLevelMissesAndTheBenefitsLost() {
        LevelPreview p = next(Level.official(6), vnL5(), tiktok, Region.VN);

        assertEquals(-1, p.direction());
        assertEquals(6, p.missingFor());
        assertEquals(List.of(Metric.GMV, Metric.ACTIVE_DAYS, Metric.PRODUCTS),
                p.missing().stream().map(Requirement::metric).toList());
        assertTrue(english.preview(p).stream().anyMatch(l -> l.startsWith("To keep L6: GMV 120,000,000 ₫ of 300,000,000 ₫")));
    }

    @Test
    void douyinDropFromFiveToThreeLosesTheBenefitsOfLevelsFourAndFive() {
        // sales 3 (¥50,000), behaviour 3 (20%): 3.0 → L3
        LevelPreview p = next(Level.official(5), Stats.douyin("50000", "10000", "4.5", 0), douyin, Region.CN);

        assertEquals(3, p.evaluation().level());
        assertEquals(List.of(), p.gained());
        assertEquals(List.of("super-lucky-bag", "live-preview", "official-community", "quality-creator-certification"),
                p.lost());
        assertTrue(p.editableDefaults());
    }

    @Test
    void unratedCreatorSeesTheFailedGate() {
        LevelPreview p = next(Level.official(2), Stats.douyin("1000000", "300000", "4.0", 0), douyin, Region.CN);

        assertTrue(p.lost().contains("product-sharing"));
        assertEquals(Metric.REPUTATION, p.missing().getFirst().metric());
        assertTrue(english.preview(p).stream().anyMatch(l -> l.startsWith("Rating gate not met: reputation score 4.00")),
                english.preview(p).toString());
    }

    @Test
    void thresholdsAreInTheCreatorsCurrencyInTheUsersGrouping() {
        LevelTexts vietnamese = new LevelTexts(Messages.forLocale(Locale.forLanguageTag("vi")));
        String text = String.join("\n", vietnamese.preview(next(Level.official(6), vnL5(), tiktok, Region.VN)));
        assertTrue(text.contains("300.000.000 ₫"), text);
        assertFalse(text.contains("฿") || text.contains("RM"), text);
    }

    /// R-LV-11 with R-LV-10: with November official, the preview projects December, never
    /// November; without November's figures it says so and judges the older figures instead.
    @Test
    void previewNeverProjectsAnOfficialMonth(@TempDir Path folder) {
        try (Workspace ws = TestDatabases.open(TestDatabases.Vendor.H2, folder)) {
            long id = ws.creators().insertAll(List.of(new Creator(0, "linh", "Linh", Region.VN, null, 1_000, 10, 500,
                    300, Money.of("0", "VND"), 0, 3, List.of("Beauty"), Set.of(), null, null, Audience.UNKNOWN,
                    null)))[0];
            ws.levels().saveAll(List.of(new LevelRecord(id, NOV, LevelKind.OFFICIAL, "tiktok", 4, null, Instant.EPOCH)));
            MonthlyStats october = new MonthlyStats(id, NOV.minusMonths(1), Money.of("120000000", "VND"), 15, 5,
                    new BigDecimal("4.8"), 0, Money.of("0", "VND"));
            ws.stats().saveAll(List.of(october));
            Creator c = ws.creators().findById(id).orElseThrow();
            CreatorLevels levels = new CreatorLevels(ws);

            LevelPreview older = levels.preview(c).orElseThrow();
            assertEquals(DEC, older.nextMonth());
            assertFalse(older.forNextMonth());
            assertEquals(NOV.minusMonths(1), older.figuresMonth());
            List<String> lines = english.preview(older);
            assertEquals("Projected for 2026-12: — (no figures for 2026-11 yet)", lines.get(1));
            assertEquals("Figures of 2026-10 (TikTok Shop) reach L5", lines.get(2));

            ws.stats().saveAll(List.of(new MonthlyStats(id, NOV, Money.of("300000000", "VND"), 18, 6,
                    new BigDecimal("4.8"), 0, Money.of("0", "VND"))));
            LevelPreview projected = levels.preview(c).orElseThrow();
            assertTrue(projected.forNextMonth());
            assertEquals(DEC, projected.nextMonth());
            assertEquals(6, projected.evaluation().level());
            assertEquals("Projected for 2026-12 (TikTok Shop): L6, up from L4", english.preview(projected).get(1));
        }
    }
}
