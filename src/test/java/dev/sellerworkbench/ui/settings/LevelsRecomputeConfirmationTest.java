package dev.sellerworkbench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.ScreenHost;
import dev.sellerworkbench.ui.UiTestSupport;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// R-LV-11: Settings asks before recomputing a month older than the newest official month, in the
/// interface language, and does nothing when the user declines.
class LevelsRecomputeConfirmationTest {

    private static final YearMonth NEWEST = YearMonth.of(2031, 12);
    final Queue<Runnable> queued = new ArrayDeque<>();
    Workspace workspace;

    @BeforeEach
    void open() throws Exception {
        workspace = UiTestSupport.demoWorkspace(5);
        long[] id = {0};
        workspace.creators().forEach(c -> id[0] = id[0] == 0 ? c.id() : id[0]);
        workspace.levels().saveAll(List.of(new LevelRecord(id[0], NEWEST, LevelKind.OFFICIAL, "tiktok", 7, null,
                UiTestSupport.CLOCK.instant())));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void olderMonthIsRecomputedOnlyAfterConfirmation() {
        LevelsViewModel levels = levels(Locale.ENGLISH);
        levels.monthProperty().set(NEWEST.minusMonths(1).toString());
        long before = workspace.levels().countForMonth(NEWEST.minusMonths(1), LevelKind.PROJECTED);

        levels.recompute();
        runQueued();

        assertNotNull(levels.confirmationProperty().get());
        assertTrue(levels.confirmationProperty().get().text().contains(NEWEST.toString()));
        levels.answer(false);
        runQueued();
        assertNull(levels.confirmationProperty().get());
        assertFalse(levels.runningProperty().get());
        assertEquals(before, workspace.levels().countForMonth(NEWEST.minusMonths(1), LevelKind.PROJECTED));
    }

    @Test
    void confirmationSpeaksEveryInterfaceLanguage() {
        for (Locale locale : Messages.LANGUAGES) {
            LevelsViewModel levels = levels(locale);
            levels.monthProperty().set(NEWEST.minusMonths(3).toString());
            levels.recompute();
            runQueued();
            LevelsViewModel.Confirmation asked = levels.confirmationProperty().get();
            assertNotNull(asked, locale.toString());
            for (String text : List.of(asked.title(), asked.text(), asked.ok(), asked.cancel())) {
                assertFalse(text.isBlank() || text.contains("settings.levels") || text.contains("levels.profile"),
                        locale + ": " + text);
                if (!locale.getLanguage().equals("en")) {
                    assertFalse(text.contains("Recompute") || text.contains("Cancel") || text.contains("official"),
                            locale + ": " + text);
                }
            }
            levels.answer(false);
        }
    }

    private LevelsViewModel levels(Locale locale) {
        Messages messages = Messages.forLocale(locale);
        AppContext context = new AppContext(workspace, TaskRunner.using(queued::add, Runnable::run), messages,
                new Formats(locale, UiTestSupport.ZONE), UiTestSupport.CLOCK, Preferences.forTest("levels-vm"),
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
