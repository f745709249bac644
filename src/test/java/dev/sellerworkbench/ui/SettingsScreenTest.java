package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.store.Backups;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Settings: a backup taken from the window appears in the list; choosing another language
/// stores it and asks the shell to rebuild the window.
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {

    Workspace workspace;
    AppContext context;
    int relaunches;

    @Start
    void start(Stage stage) throws Exception {
        workspace = UiTestSupport.demoWorkspace(100);
        AppContext base = UiTestSupport.context(workspace, Locale.ENGLISH);
        Shell recording = new Shell() {
            @Override
            public void relaunch() {
                relaunches++;
            }

            @Override
            public void restore(Path backup) {
            }

            @Override
            public void openFolder(Path folder) {
            }
        };
        context = new AppContext(base.workspace(), base.tasks(), base.messages(), base.formats(), base.clock(),
                base.preferences(), recording);
        context.preferences().setLastScreen("SETTINGS");
        context.preferences().setLanguage(Locale.ENGLISH);
        MainWindowView view = new MainWindowView(context);
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void backUpNowAddsABackupToTheList(FxRobot robot) {
        ListView<?> list = robot.lookup("#backups").query();
        int before = list.getItems().size();
        javafx.scene.control.Button backUp = robot.lookup("#backUp").query();
        robot.interact(backUp::fire); // below the fold of the scrolling form
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, list.getItems().size());
        assertEquals(before + 1, Backups.list(workspace.folder()).size());
    }

    @Test
    void choosingVietnameseStoresItAndRebuildsTheWindow(FxRobot robot) {
        ComboBox<Locale> language = robot.lookup("#language").query();
        robot.interact(() -> language.setValue(Locale.forLanguageTag("vi")));
        robot.clickOn("#applyAppearance");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("vi", context.preferences().language().getLanguage());
        assertTrue(relaunches == 1, "the window is rebuilt once");
    }

    @Test
    void recomputeFromTheWindowProjectsLevelsForTheMonth(FxRobot robot) {
        // J5: levels for the month are projected from last month's statistics, with progress.
        javafx.scene.control.TextField month = robot.lookup("#levelMonth").query();
        robot.interact(() -> month.setText("2026-11"));
        javafx.scene.control.Button recompute = robot.lookup("#recompute").query();
        robot.interact(recompute::fire);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label status = robot.lookup("#levelStatus").query();
        assertTrue(status.getText().startsWith("Levels for 2026-11"), status.getText());
        assertTrue(workspace.levels().countForMonth(java.time.YearMonth.of(2026, 11),
                dev.sellerworkbench.domain.LevelKind.PROJECTED) > 0, "projected levels were written");
    }
}
