package dev.sellerworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import dev.sellerworkbench.level.LevelProfile;
import dev.sellerworkbench.level.LevelProfiles;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.TestDatabases;
import dev.sellerworkbench.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/// The monthly recompute against a real H2 workspace (R-LV-1, R-LV-3, R-LV-4, R-EX-5).
@ParameterizedClass
@EnumSource(TestDatabases.Vendor.class)
class RecomputeServiceTest {

    @Parameter
    TestDatabases.Vendor vendor;

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth OCTOBER = NOVEMBER.minusMonths(1);
    private static final YearMonth SEPTEMBER = NOVEMBER.minusMonths(2);
    private static final YearMonth AUGUST = NOVEMBER.minusMonths(3);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T01:00:00Z"), ZoneOffset.UTC);

    // The shipped Vietnamese thresholds of L4, L5 and L6 (GMV ₫, active days, products).
    private static final String[][] VN = {{"50000000", "12", "4"}, {"120000000", "15", "5"}, {"300000000", "18", "6"}};

    @TempDir
    Path folder;
    private Workspace workspace;
    private final LevelProfile tiktok = LevelProfiles.builtIn(LevelProfiles.TIKTOK);
    private final LevelProfile douyin = LevelProfiles.builtIn(LevelProfiles.DOUYIN);

    @BeforeEach
    void open() {
        workspace = TestDatabases.open(vendor, folder);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void recomputingTheSameMonthTwiceLeavesTheSameRows() {
        long[] ids = creators(40);
        List<MonthlyStats> stats = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            stats.add(vn(ids[i], OCTOBER, i % 3 + 4));
        }
        workspace.stats().saveAll(stats);

        RecomputeService.Result first = service(5).recompute(NOVEMBER, tiktok, Progress.NONE);
        List<List<LevelRecord>> afterFirst = histories(ids);
        RecomputeService.Result second = service(5).recompute(NOVEMBER, tiktok, Progress.NONE);

        assertEquals(40, first.inserted());
        assertEquals(afterFirst, histories(ids));
        assertEquals(40, workspace.levels().countForMonth(NOVEMBER, LevelKind.PROJECTED));
        assertEquals(0, second.inserted() + second.updated() + second.deleted() + second.creatorsUpdated());
    }

    /// R-LV-12: a Douyin run of the month keeps the TikTok Shop projections beside its own.
    @Test
    void tiktokAndDouyinProjectionsOfOneMonthCoexist() {
        long vn = creators(1)[0];
        long cn = creator("cn.creator", Region.CN);
        workspace.stats().saveAll(List.of(vn(vn, OCTOBER, 5), cn(cn, OCTOBER, "1000000", "4.8")));
        service(5).recompute(NOVEMBER, tiktok, Progress.NONE);

        RecomputeService.Result r = service(5).recompute(NOVEMBER, douyin, Progress.NONE);

        assertEquals(1, r.inserted());
        assertEquals(0, r.updated() + r.deleted());
        assertEquals(2, workspace.levels().countForMonth(NOVEMBER, LevelKind.PROJECTED));
        LevelRecord tiktokRow = workspace.levels().history(vn).getLast();
        assertEquals("tiktok", tiktokRow.profile());
        assertEquals(5, tiktokRow.level());
        LevelRecord douyinRow = workspace.levels().history(cn).getLast();
        assertEquals("douyin", douyinRow.profile());
        assertEquals(NOVEMBER, douyinRow.month());
        // a second TikTok Shop run leaves the Douyin row where it is
        service(5).recompute(NOVEMBER, tiktok, Progress.NONE);
        assertEquals(douyinRow, workspace.levels().history(cn).getLast());
    }

    /// R-LV-12: a Douyin recompute judges CN creators only; a VN creator with a reputation that
    /// would fail the Douyin gate keeps every level, and the shown one.
    @Test
    void douyinRecomputeLeavesEveryNonChineseCreatorsLevelsUntouched() {
        long[] ids = creators(3);
        long cn = creator("cn.creator", Region.CN);
        List<MonthlyStats> stats = new ArrayList<>();
        for (long id : ids) {
            stats.add(new MonthlyStats(id, OCTOBER, Money.of("120000000", "VND"), 15, 5, new BigDecimal("3.10"), 9,
                    Money.of("0", "VND")));
        }
        stats.add(cn(cn, OCTOBER, "1000000", "3.0"));
        workspace.stats().saveAll(stats);
        workspace.levels().saveAll(List.of(official(ids[0], OCTOBER, 6)));
        service(5).recompute(NOVEMBER, tiktok, Progress.NONE);
        List<List<LevelRecord>> before = histories(ids);
        List<Level> shownBefore = shown(ids);

        RecomputeService.Result r = service(5).recompute(NOVEMBER, douyin, Progress.NONE);

        assertEquals(before, histories(ids));
        assertEquals(shownBefore, shown(ids));
        assertEquals(3, r.notJudged());
        assertEquals(1, r.unrated(), "the CN creator fails the gate");
        assertEquals(new Level(null, LevelKind.PROJECTED, false), workspace.creators().findById(cn).orElseThrow().level());
    }

    /// R-LV-11: official levels for October and November, then a recompute of October: the
    /// current levels and declining flags of November stay as they were.
    @Test
    void recomputingAnOlderMonthLeavesTheNewerMonthsCurrentLevelsAndFlags() {
        long[] ids = creators(3);
        workspace.levels().saveAll(List.of(
                official(ids[0], SEPTEMBER, 8), official(ids[0], OCTOBER, 7), official(ids[0], NOVEMBER, 6),
                official(ids[1], SEPTEMBER, 4), official(ids[1], OCTOBER, 6), official(ids[1], NOVEMBER, 8),
                official(ids[2], OCTOBER, 8), official(ids[2], NOVEMBER, 8)));
        workspace.stats().saveAll(List.of(vn(ids[0], SEPTEMBER, 4), vn(ids[1], SEPTEMBER, 4), vn(ids[2], SEPTEMBER, 4)));
        service(5).recompute(NOVEMBER, tiktok, Progress.NONE);
        List<Level> before = shown(ids);
        assertEquals(new Level(6, LevelKind.OFFICIAL, true), before.get(0), "8, 7, 6 is declining");
        assertEquals(new Level(8, LevelKind.OFFICIAL, false), before.get(1));

        RecomputeService.Plan plan = service(5).plan(OCTOBER, tiktok);
        RecomputeService.Result r = service(5).recompute(OCTOBER, tiktok, Progress.NONE);

        assertTrue(plan.needsConfirmation());
        assertEquals(java.util.Optional.of(NOVEMBER), plan.newestOfficial());
        assertEquals(3, plan.creatorsKeptByLater());
        assertEquals(before, shown(ids));
        assertEquals(0, r.creatorsUpdated() + r.changed() + r.becameDeclining());
        assertEquals(3, r.inserted(), "October's projections are written");
    }

    /// R-LV-11: a projection for a month older than the newest level is kept in the history but
    /// never becomes the current level.
    @Test
    void projectionOfAnOlderMonthNeverBecomesTheCurrentLevel() {
        long id = creators(1)[0];
        workspace.levels().saveAll(List.of(official(id, OCTOBER, 8)));
        workspace.stats().saveAll(List.of(vn(id, AUGUST, 4)));
        service(5).recompute(OCTOBER, tiktok, Progress.NONE);

        service(5).recompute(SEPTEMBER, tiktok, Progress.NONE);

        assertEquals(new Level(8, LevelKind.OFFICIAL, false), workspace.creators().findById(id).orElseThrow().level());
        assertEquals(new Level(8, LevelKind.OFFICIAL, false), new CreatorLevels(workspace)
                .current(workspace.creators().findById(id).orElseThrow()).orElseThrow().level());
    }

    @Test
    void resultCountsCreatorsThatWentUpDownAndBecameDeclining() {
        long[] ids = creators(3);
        workspace.levels().saveAll(List.of(official(ids[0], OCTOBER, 4), official(ids[1], OCTOBER, 6),
                official(ids[2], OCTOBER, 5)));
        workspace.creators().updateLevel(ids[0], new Level(4, LevelKind.OFFICIAL, false));
        workspace.creators().updateLevel(ids[1], new Level(6, LevelKind.OFFICIAL, false));
        workspace.creators().updateLevel(ids[2], new Level(5, LevelKind.OFFICIAL, false));
        workspace.stats().saveAll(List.of(vn(ids[0], OCTOBER, 6), vn(ids[1], OCTOBER, 4), vn(ids[2], OCTOBER, 5)));

        RecomputeService.Result r = service(5).recompute(NOVEMBER, tiktok, Progress.NONE);

        assertEquals(3, r.changed(), "each now shows a projection");
        assertEquals(1, r.up());
        assertEquals(1, r.down());
        assertEquals(1, r.becameDeclining());
    }

    @Test
    void projectedRowSaysLevelProfileAndDiagnosis() {
        long id = creators(1)[0];
        workspace.stats().saveAll(List.of(vn(id, OCTOBER, 5)));

        service(5).recompute(NOVEMBER, tiktok, Progress.NONE);

        LevelRecord row = workspace.levels().history(id).getLast();
        assertEquals(NOVEMBER, row.month());
        assertEquals(LevelKind.PROJECTED, row.kind());
        assertEquals("tiktok", row.profile());
        assertEquals(5, row.level());
        assertEquals("N6;gmv:120000000/300000000:VND;activeDays:15/18;products:5/6", row.diagnosis());
        assertEquals(new Level(5, LevelKind.PROJECTED, false), workspace.creators().findById(id).orElseThrow().level());
    }

    @Test
    void officialLevelOfTheMonthStaysShown() {
        long id = creators(1)[0];
        workspace.stats().saveAll(List.of(vn(id, OCTOBER, 4)));
        workspace.levels().saveAll(List.of(official(id, NOVEMBER, 6)));

        service(5).recompute(NOVEMBER, tiktok, Progress.NONE);

        assertEquals(new Level(6, LevelKind.OFFICIAL, false), workspace.creators().findById(id).orElseThrow().level());
        assertEquals(2, workspace.levels().history(id).size());
    }

    @Test
    void dropFromSixToFourFlagsTheCreatorDeclining() {
        long id = creators(1)[0];
        workspace.levels().saveAll(List.of(official(id, OCTOBER, 6)));
        workspace.stats().saveAll(List.of(vn(id, OCTOBER, 4)));

        RecomputeService.Result r = service(5).recompute(NOVEMBER, tiktok, Progress.NONE);

        assertEquals(1, r.declining());
        assertTrue(workspace.creators().findById(id).orElseThrow().level().declining());
    }

    @Test
    void dropsFromSixToFiveToFourFlagTheCreatorDeclining() {
        long id = creators(1)[0];
        workspace.levels().saveAll(List.of(official(id, SEPTEMBER, 6), official(id, OCTOBER, 5)));
        workspace.stats().saveAll(List.of(vn(id, OCTOBER, 4)));

        service(5).recompute(NOVEMBER, tiktok, Progress.NONE);

        assertTrue(workspace.creators().findById(id).orElseThrow().level().declining());
    }

    @Test
    void officialDropWithoutFiguresStillFlagsTheCreator() {
        long[] ids = creators(2);
        workspace.stats().saveAll(List.of(vn(ids[0], OCTOBER, 5)));
        workspace.levels().saveAll(List.of(official(ids[1], OCTOBER, 6), official(ids[1], NOVEMBER, 4)));

        RecomputeService.Result r = service(5).recompute(NOVEMBER, tiktok, Progress.NONE);

        assertEquals(new Level(4, LevelKind.OFFICIAL, true), workspace.creators().findById(ids[1]).orElseThrow().level());
        assertEquals(1, r.declining());
    }

    @Test
    void dropFromSixToFiveDoesNotFlag() {
        long id = creators(1)[0];
        workspace.levels().saveAll(List.of(official(id, SEPTEMBER, 6), official(id, OCTOBER, 6)));
        workspace.stats().saveAll(List.of(vn(id, OCTOBER, 5)));

        service(5).recompute(NOVEMBER, tiktok, Progress.NONE);

        assertFalse(workspace.creators().findById(id).orElseThrow().level().declining());
    }

    @Test
    void projectedLevelsOfEarlierMonthsCountForTheDecline() {
        long id = creators(1)[0];
        workspace.stats().saveAll(List.of(vn(id, AUGUST, 6), vn(id, SEPTEMBER, 5), vn(id, OCTOBER, 4)));

        service(5).recompute(SEPTEMBER, tiktok, Progress.NONE);
        service(5).recompute(OCTOBER, tiktok, Progress.NONE);
        service(5).recompute(NOVEMBER, tiktok, Progress.NONE);

        assertEquals(new Level(4, LevelKind.PROJECTED, true), workspace.creators().findById(id).orElseThrow().level());
    }

    @Test
    void cancelAfterSomeBatchesLeavesTheMonthAsItWas() {
        long[] ids = creators(30);
        List<MonthlyStats> stats = new ArrayList<>();
        for (long id : ids) {
            stats.add(vn(id, OCTOBER, 5));
        }
        workspace.stats().saveAll(stats);
        service(5).recompute(NOVEMBER, tiktok, Progress.NONE);
        List<List<LevelRecord>> before = histories(ids);
        List<MonthlyStats> lower = new ArrayList<>();
        for (long id : ids) {
            lower.add(vn(id, OCTOBER, 4));
        }
        workspace.stats().saveAll(lower);
        CancelAfter cancel = new CancelAfter(3);

        assertThrows(Progress.CancelledException.class,
                () -> service(5).recompute(NOVEMBER, tiktok, cancel));

        assertTrue(cancel.updates >= 3, "some batches were written before the cancel");
        assertEquals(before, histories(ids));
        assertEquals(5, workspace.creators().findById(ids[0]).orElseThrow().level().value());
    }

    @Test
    void creatorWithoutFiguresKeepsNoProjectedRowAfterARerun() {
        long[] ids = creators(2);
        workspace.stats().saveAll(List.of(vn(ids[0], OCTOBER, 5), vn(ids[1], OCTOBER, 5)));
        service(5).recompute(NOVEMBER, tiktok, Progress.NONE);
        workspace.jdbi().useHandle(h -> h.execute("DELETE FROM creator_month_stats WHERE creator_id = ?", ids[1]));

        RecomputeService.Result r = service(5).recompute(NOVEMBER, tiktok, Progress.NONE);

        assertEquals(1, r.deleted());
        assertEquals(1, workspace.levels().countForMonth(NOVEMBER, LevelKind.PROJECTED));
    }

    @Test
    void aLaterRunRewritesOnlyChangedJudgementsAndKeepsTheTimeOfTheOthers() {
        long[] ids = creators(3);
        workspace.stats().saveAll(List.of(vn(ids[0], OCTOBER, 4), vn(ids[1], OCTOBER, 5), vn(ids[2], OCTOBER, 6)));
        service(5).recompute(NOVEMBER, tiktok, Progress.NONE);
        workspace.stats().saveAll(List.of(vn(ids[1], OCTOBER, 6)));
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(3));

        RecomputeService.Result second = new RecomputeService(workspace, later, Messages.forLocale(Locale.ENGLISH), 5)
                .recompute(NOVEMBER, tiktok, Progress.NONE);

        assertEquals(1, second.updated());
        assertEquals(0, second.inserted() + second.deleted());
        assertEquals(CLOCK.instant(), workspace.levels().history(ids[0]).getLast().computedAt());
        assertEquals(later.instant(), workspace.levels().history(ids[1]).getLast().computedAt());
        assertEquals(6, workspace.levels().history(ids[1]).getLast().level());
    }

    private RecomputeService service(int batch) {
        return new RecomputeService(workspace, CLOCK, Messages.forLocale(Locale.ENGLISH), batch);
    }

    private long creator(String handle, Region region) {
        return workspace.creators().insertAll(List.of(new Creator(0, handle, handle, region, null, 1_000, 10, 500, 300,
                Money.of("0", region.currency()), 0, 3, List.of("Beauty"), Set.of(), null, null, Audience.UNKNOWN,
                null)))[0];
    }

    /// Douyin figures in CNY: GMV, a third of it from good products, the reputation given.
    private static MonthlyStats cn(long id, YearMonth month, String gmv, String reputation) {
        return new MonthlyStats(id, month, Money.of(gmv, "CNY"), 20, 10, new BigDecimal(reputation), 0,
                Money.of(new BigDecimal(gmv).divide(BigDecimal.valueOf(3), 0, java.math.RoundingMode.DOWN).toPlainString(),
                        "CNY"));
    }

    private List<Level> shown(long[] ids) {
        List<Level> all = new ArrayList<>();
        for (long id : ids) {
            all.add(workspace.creators().findById(id).orElseThrow().level());
        }
        return all;
    }

    private long[] creators(int n) {
        List<Creator> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Creator(0, "creator" + i, "Creator " + i, Region.VN, null, 1_000, 10, 500, 300,
                    Money.of("0", "VND"), 0, 3, List.of("Beauty"), Set.of(), null, null, Audience.UNKNOWN, null));
        }
        return workspace.creators().insertAll(list);
    }

    /// October figures that meet exactly the shipped Vietnamese minimums of `level` (4, 5 or 6).
    private static MonthlyStats vn(long id, YearMonth month, int level) {
        String[] t = VN[level - 4];
        return new MonthlyStats(id, month, Money.of(t[0], "VND"), Integer.parseInt(t[1]), Integer.parseInt(t[2]),
                new BigDecimal("4.80"), 0, Money.of("0", "VND"));
    }

    private static LevelRecord official(long id, YearMonth month, int level) {
        return new LevelRecord(id, month, LevelKind.OFFICIAL, "tiktok", level, null, CLOCK.instant());
    }

    private List<List<LevelRecord>> histories(long[] ids) {
        List<List<LevelRecord>> all = new ArrayList<>();
        for (long id : ids) {
            all.add(workspace.levels().history(id));
        }
        return all;
    }

    /// Cancels once the work has reported progress `after` times (between batches).
    private static final class CancelAfter implements Progress {
        private final int after;
        int updates;

        CancelAfter(int after) {
            this.after = after;
        }

        @Override
        public void update(long done, long total, String message) {
            updates++;
        }

        @Override
        public boolean cancelled() {
            return updates > after;
        }
    }
}
