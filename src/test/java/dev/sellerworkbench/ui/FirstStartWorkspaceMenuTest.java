package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// The whole application, past its first start: the Workspace menu opens another folder's
/// workspace (closing the first), and the folders opened are remembered on this desktop and
/// listed, so the window goes back to one of them.
class FirstStartWorkspaceMenuTest {

    @TempDir
    Path dir;
    Path first;
    Path second;
    Stage stage;
    Preferences preferences;
    javafx.application.Application app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void twoShops() throws Exception {
        first = dir.resolve("first-shop");
        second = dir.resolve("second-shop");
        for (Path folder : List.of(first, second)) {
            try (Workspace ws = Workspace.open(folder)) {
                ws.settings().put(SettingsRepository.SHOP_NAME, folder.getFileName().toString());
            }
        }
        System.setProperty("sw.dataFolder", dir.resolve("data").toString());
        System.setProperty("sw.preferences", "dev/sellerworkbench-test/workspacemenu");
        preferences = Preferences.forTest("workspacemenu");
        preferences.setLanguage(Locale.ENGLISH);
        stage = FxToolkit.registerPrimaryStage();
        // the stage is shared with earlier window tests, which bind its title
        FxToolkit.setupFixture(() -> stage.titleProperty().unbind());
        app = FxToolkit.setupApplication(App.class, "--workspace", first.toString());
        waitForTitle("first-shop");
    }

    @AfterEach
    void stop() throws Exception {
        App.folders = App.FolderChooser.SYSTEM;
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        System.clearProperty("sw.dataFolder");
        System.clearProperty("sw.preferences");
    }

    @Test
    void openWorkspaceFolderSwitchesToThatFoldersWorkspaceAndClosesTheOldOne() throws Exception {
        App.folders = (owner, title, near) -> second;

        robot.clickOn("#nav-workspace").clickOn("Open workspace folder…");

        waitForTitle("second-shop");
        // the first workspace was closed: another process may open it now
        try (Workspace reopened = Workspace.open(first)) {
            assertEquals("first-shop", reopened.settings().get(SettingsRepository.SHOP_NAME, null));
        }
    }

    @Test
    void theRecentListRemembersTheFoldersOpenedAndGoesBackToOne() throws Exception {
        App.folders = (owner, title, near) -> second;
        robot.clickOn("#nav-workspace").clickOn("Open workspace folder…");
        waitForTitle("second-shop");

        assertEquals(List.of(second.toAbsolutePath().normalize().toString(), first.toAbsolutePath().normalize().toString()),
                preferences.recentWorkspaces());
        robot.clickOn("#nav-workspace").clickOn(first.toAbsolutePath().normalize().toString());
        waitForTitle("first-shop");
        assertEquals(first.toAbsolutePath().normalize().toString(), preferences.lastWorkspace());
    }

    @Test
    void aStartWithoutAWorkspaceArgumentOpensTheOneOpenedLast() throws Exception {
        App.folders = (owner, title, near) -> second;
        robot.clickOn("#nav-workspace").clickOn("Open workspace folder…");
        waitForTitle("second-shop");
        FxToolkit.cleanupApplication(app);

        app = FxToolkit.setupApplication(App.class);

        waitForTitle("second-shop");
        assertTrue(robot.lookup("#shopButton").tryQuery().isEmpty());
    }

    private void waitForTitle(String name) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-workspace").tryQuery().isPresent()
                && stage.getTitle() != null && stage.getTitle().endsWith("— " + name));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
