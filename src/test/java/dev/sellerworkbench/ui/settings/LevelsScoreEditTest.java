package dev.sellerworkbench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.level.LevelProfiles;
import dev.sellerworkbench.level.ScoreProfile;
import dev.sellerworkbench.service.WorkspaceProfiles;
import dev.sellerworkbench.store.TestDatabases;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.ScreenHost;
import dev.sellerworkbench.ui.UiTestSupport;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Settings → Creator levels with the Douyin profile active (R-LV-5..7): its gate and score bands
/// are rows of the table, edited in place and stored in the workspace; a bad value is refused with
/// a message naming the field, and the table shows the stored values again.
class LevelsScoreEditTest {

    final Queue<Runnable> queued = new ArrayDeque<>();
    Workspace workspace;
    LevelsViewModel levels;

    @TempDir
    Path folder;

    @BeforeEach
    void open() {
        // an empty workspace: the table reads only the profile
        workspace = TestDatabases.open(TestDatabases.Vendor.H2, folder.resolve("ws"));
        workspace.settings().put(LevelProfiles.SETTING_ACTIVE, LevelProfiles.DOUYIN);
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        AppContext context = new AppContext(workspace, TaskRunner.using(queued::add, Runnable::run), messages,
                new Formats(Locale.ENGLISH, UiTestSupport.ZONE), UiTestSupport.CLOCK,
                Preferences.forTest("levels-score"), ScreenHost.NONE);
        levels = new LevelsViewModel(context.workspace(), context.services().recompute(), context.services().profiles(),
                context.services().search(), context.tasks(), context.messages(), context.formats(), context.clock());
        levels.load();
        runQueued();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aDouyinBandIsEditedInPlaceAndABadValueIsRefusedByName() {
        assertTrue(levels.scoreProfileProperty().get());
        assertTrue(levels.thresholds().isEmpty());
        // the two gate conditions, then 8 sales and 8 behaviour bands of the shipped profile
        assertEquals(18, levels.scores().size());
        assertEquals("4.2", levels.scores().getFirst().min());
        LevelsViewModel.ScoreRow behaviour3 = row(WorkspaceProfiles.ScoreField.BEHAVIOUR_MIN, 3);
        assertEquals("20", behaviour3.min(), "shown as a percent: 2000 hundredths");
        assertEquals("%", behaviour3.unit());

        levels.editScore(behaviour3, false, "25");
        runQueued();
        ScoreProfile stored = (ScoreProfile) new WorkspaceProfiles(workspace).active();
        assertEquals(0, BigDecimal.valueOf(2500).compareTo(stored.behaviour().bands().get(3).min()));
        assertEquals("25", row(WorkspaceProfiles.ScoreField.BEHAVIOUR_MIN, 3).min());
        assertTrue(levels.statusProperty().get().contains("Behaviour score band 3"), levels.statusProperty().get());

        // the sales band 3 minimum below band 2's ¥10,000: refused, named, nothing stored
        levels.editScore(row(WorkspaceProfiles.ScoreField.SALES_MIN, 3), false, "9000");
        runQueued();
        assertTrue(levels.statusProperty().get().contains("sales.bands[3].min"), levels.statusProperty().get());
        assertEquals("50000", row(WorkspaceProfiles.ScoreField.SALES_MIN, 3).min());
        assertEquals(0, new WorkspaceProfiles(workspace).stored(LevelProfiles.DOUYIN).orElseThrow().version());

        levels.editScore(row(WorkspaceProfiles.ScoreField.SALES_MIN, 3), true, "two");
        runQueued();
        assertTrue(levels.statusProperty().get().contains("sales.bands[3].score"), levels.statusProperty().get());

        levels.resetToShipped();
        runQueued();
        assertEquals("20", row(WorkspaceProfiles.ScoreField.BEHAVIOUR_MIN, 3).min());
    }

    private LevelsViewModel.ScoreRow row(WorkspaceProfiles.ScoreField field, int band) {
        return levels.scores().stream().filter(r -> r.minField() == field && r.band() == band).findFirst()
                .orElseThrow();
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }
}
