package dev.sellerworkbench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.search.CreatorSearches;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.ScreenHost;
import dev.sellerworkbench.ui.UiTestSupport;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Recompute from Settings: it says which month and profile, can be cancelled with the month left
/// as it was, and reports how many creators changed, went up or down, became declining.
class LevelsRecomputeTest {

    private static final YearMonth NEXT = YearMonth.now(UiTestSupport.CLOCK).plusMonths(1);
    final Queue<Runnable> queued = new ArrayDeque<>();
    Workspace workspace;

    @BeforeEach
    void open() throws Exception {
        workspace = UiTestSupport.demoWorkspace(6);
        // this month's figures, so next month is projected: large for some creators, nothing for others
        List<MonthlyStats> figures = new ArrayList<>();
        int[] i = {0};
        workspace.creators().forEach(c -> {
            String currency = c.region().currency();
            String gmv = i[0]++ % 2 == 0 ? "900000000000" : "0";
            figures.add(new MonthlyStats(c.id(), NEXT.minusMonths(1), Money.of(gmv, currency), 28, 40,
                    new BigDecimal("4.9"), 0, Money.of("0", currency)));
        });
        workspace.stats().saveAll(figures);
    }

    @AfterEach
    void close() {
        CreatorSearches.forget(workspace);
        workspace.close();
    }

    @Test
    void cancelLeavesTheMonthAsItWasAndARunReportsWhatChanged() {
        LevelsViewModel levels = levels(Locale.ENGLISH);
        levels.monthProperty().set(NEXT.toString());
        assertEquals("Projects " + NEXT + " from the figures of " + NEXT.minusMonths(1) + " with the TikTok Shop profile.",
                levels.summaryProperty().get());
        // a cancelled run leaves the month as it was
        Map<Long, Level> untouched = shown();

        levels.recompute();
        queued.poll().run(); // reads the plan; the recompute itself is queued now
        assertTrue(levels.runningProperty().get());
        assertTrue(levels.statusProperty().get().startsWith("Recomputing " + NEXT), levels.statusProperty().get());
        levels.cancel();
        runQueued();

        assertFalse(levels.runningProperty().get());
        assertEquals(Messages.forLocale(Locale.ENGLISH).get("settings.levels.cancelled"), levels.statusProperty().get());
        assertEquals(0, workspace.levels().countForMonth(NEXT, LevelKind.PROJECTED));
        assertEquals(untouched, shown());

        Map<Long, Level> before = shown();
        levels.recompute();
        runQueued();

        Map<Long, Level> after = shown();
        int changed = 0;
        int up = 0;
        int down = 0;
        for (Map.Entry<Long, Level> e : before.entrySet()) {
            Level was = e.getValue();
            Level now = after.get(e.getKey());
            int a = was == null || was.value() == null ? -1 : was.value();
            int b = now == null || now.value() == null ? -1 : now.value();
            if (a != b || (was == null ? null : was.kind()) != (now == null ? null : now.kind())) {
                changed++;
            }
            if (was != null && now != null) { // a first level is a change, neither up nor down
                up += b > a ? 1 : 0;
                down += b < a ? 1 : 0;
            }
        }
        assertTrue(changed > 0, "next month's projections became the current levels");
        assertFalse(levels.runningProperty().get());
        String status = levels.statusProperty().get();
        assertTrue(status.startsWith("Levels for " + NEXT + " (TikTok Shop): "), status);
        assertTrue(status.contains(changed + " creators changed level: " + up + " up, " + down + " down"),
                status + " / " + before + " → " + after);
    }

    private Map<Long, Level> shown() {
        Map<Long, Level> levels = new LinkedHashMap<>();
        workspace.creators().forEach(c -> levels.put(c.id(), c.level()));
        return levels;
    }

    private LevelsViewModel levels(Locale locale) {
        Messages messages = Messages.forLocale(locale);
        AppContext context = new AppContext(workspace, TaskRunner.using(queued::add, Runnable::run), messages,
                new Formats(locale, UiTestSupport.ZONE), UiTestSupport.CLOCK, Preferences.forTest("levels-recompute"),
                ScreenHost.NONE);
        return new LevelsViewModel(context.workspace(), context.services().recompute(), context.services().profiles(),
                context.services().search(), context.tasks(), context.messages(), context.formats(), context.clock());
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }
}
