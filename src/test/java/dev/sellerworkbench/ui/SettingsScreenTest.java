package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.store.Backups;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.nio.file.Path;
import java.util.List;
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
        ScreenHost recording = new ScreenHost() {
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
    void aSettingAColleagueChangedMeanwhileIsNotOverwrittenAndTheyAreNamed(FxRobot robot) {
        var settings = workspace.settings();
        robot.interact(() -> {
            // "Your name" on this desktop: the audit entries it writes carry it
            robot.lookup("#staffName").queryAs(javafx.scene.control.TextField.class).setText("Linh");
            robot.lookup("#shopName").queryAs(javafx.scene.control.TextField.class).setText("Linh's shop");
        });
        // a colleague saves the shop name behind this screen's back
        var stored = settings.find(dev.sellerworkbench.store.SettingsRepository.SHOP_NAME);
        assertTrue(settings.saveIfUnchanged(List.of(new dev.sellerworkbench.store.SettingsRepository.Change(
                        dev.sellerworkbench.store.SettingsRepository.SHOP_NAME, "Mai's shop",
                        stored.map(dev.sellerworkbench.store.SettingsRepository.Versioned::version).orElse(null))),
                "Mai", java.time.Instant.parse("2026-11-23T02:58:00Z")).isEmpty());

        robot.interact(() -> robot.lookup("#save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#conflictText").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(text.startsWith("Mai changed \"Shop name\" at "), text);
        assertEquals("Mai's shop", settings.get(dev.sellerworkbench.store.SettingsRepository.SHOP_NAME, "?"));

        robot.interact(() -> robot.lookup("#conflictReload").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Mai's shop", robot.lookup("#shopName").queryAs(javafx.scene.control.TextField.class).getText());
        assertFalse(robot.lookup("#conflictBar").query().isVisible());
        robot.interact(() -> robot.lookup("#shopName").queryAs(javafx.scene.control.TextField.class).setText("Our shop"));
        robot.interact(() -> robot.lookup("#save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Our shop", settings.get(dev.sellerworkbench.store.SettingsRepository.SHOP_NAME, "?"));
        assertEquals("Linh", workspace.audit().latest("setting", dev.sellerworkbench.store.SettingsRepository.SHOP_NAME)
                .orElseThrow().actor());
    }

    @Test
    void reapplyingAfterAConflictSavesMyEditOverTheColleaguesAndKeepsTheirOtherChanges(FxRobot robot) {
        var settings = workspace.settings();
        String regionBefore = settings.get(SettingsRepository.REGION, "");
        robot.interact(() -> {
            robot.lookup("#staffName").queryAs(javafx.scene.control.TextField.class).setText("Linh");
            robot.lookup("#shopName").queryAs(javafx.scene.control.TextField.class).setText("Linh's shop");
        });
        // a colleague saves the shop name and the region behind this screen's back
        String colleagueRegion = regionBefore.equals("ID") ? "VN" : "ID";
        assertTrue(settings.saveIfUnchanged(List.of(
                        new SettingsRepository.Change(SettingsRepository.SHOP_NAME, "Mai's shop", version(SettingsRepository.SHOP_NAME)),
                        new SettingsRepository.Change(SettingsRepository.REGION, colleagueRegion, version(SettingsRepository.REGION))),
                "Mai", java.time.Instant.parse("2026-11-23T02:58:00Z")).isEmpty());

        robot.interact(() -> robot.lookup("#save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#conflictBar").query().isVisible(), "the conflict is shown");
        assertEquals("Mai's shop", settings.get(SettingsRepository.SHOP_NAME, "?"));

        robot.interact(() -> robot.lookup("#conflictReapply").queryButton().fire()); // below the fold of the form
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Linh's shop", settings.get(SettingsRepository.SHOP_NAME, "?"), "this user's edit is stored");
        assertEquals(colleagueRegion, settings.get(SettingsRepository.REGION, "?"),
                "the colleague's change to a field this user left alone is kept");
        assertEquals(colleagueRegion, robot.lookup("#region").queryComboBox().getValue());
        assertEquals("Linh's shop", robot.lookup("#shopName").queryAs(javafx.scene.control.TextField.class).getText());
        assertFalse(robot.lookup("#conflictBar").query().isVisible());
        List<String> actors = workspace.audit().forEntity("setting", SettingsRepository.SHOP_NAME).stream()
                .map(dev.sellerworkbench.domain.AuditEntry::actor).toList();
        assertEquals(List.of("Mai", "Linh"), actors.subList(Math.max(0, actors.size() - 2), actors.size()),
                "both saves are in the audit log, the last under this desktop's staff name");
    }

    Integer version(String name) {
        return workspace.settings().find(name).map(SettingsRepository.Versioned::version).orElse(null);
    }

    @Test
    void choosingVietnameseStoresItAndRebuildsTheWindow(FxRobot robot) {
        ComboBox<Locale> language = robot.lookup("#language").query();
        robot.interact(() -> language.setValue(Locale.forLanguageTag("vi")));
        robot.interact(() -> robot.lookup("#applyAppearance").queryButton().fire()); // below the fold of the form
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
