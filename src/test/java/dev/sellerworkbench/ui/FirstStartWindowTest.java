package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// The whole application started with no workspace at the default folder (J7): it asks "Try the
/// demo" or "Start my shop", and either way opens a workspace that is what was asked for.
class FirstStartWindowTest {

    @TempDir
    Path dir;
    Path data;
    Stage stage;
    javafx.application.Application app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void firstStart() throws Exception {
        data = dir.resolve("data");
        System.setProperty("sw.dataFolder", data.toString());
        System.setProperty("sw.preferences", "dev/sellerworkbench-test/firststart");
        System.setProperty("sw.demoCreators", "60");
        Preferences.forTest("firststart").setLanguage(Locale.ENGLISH);
        stage = FxToolkit.registerPrimaryStage();
        // the stage is shared with earlier window tests, which bind its title
        FxToolkit.setupFixture(() -> stage.titleProperty().unbind());
        app = FxToolkit.setupApplication(App.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#shopButton").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app); // closes the workspace
        }
        System.clearProperty("sw.dataFolder");
        System.clearProperty("sw.preferences");
        System.clearProperty("sw.demoCreators");
    }

    @Test
    void startMyShopOpensAnEmptyWorkspaceHoldingTheChosenSettings() throws Exception {
        robot.clickOn("#shopButton");
        fillShop("Lan Anh Beauty", "ID", "Asia/Makassar");

        waitForMainWindow();
        assertFalse(stage.getTitle().contains("demo"), stage.getTitle());
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Workspace ws = Workspace.open(data)) {
            SettingsRepository settings = ws.settings();
            assertEquals("Lan Anh Beauty", settings.get(SettingsRepository.SHOP_NAME, null));
            assertEquals("ID", settings.get(SettingsRepository.REGION, null));
            assertEquals("IDR", settings.get(SettingsRepository.CURRENCY, null));
            assertEquals("Asia/Makassar", settings.get(SettingsRepository.TIME_ZONE, null));
            assertFalse(settings.isDemo());
            assertEquals(0, ws.creators().count());
            assertEquals(0, ws.plans().findAll().size());
        }
        assertFalse(Workspace.exists(Workspace.demoFolder()));
    }

    @Test
    void aShopIsNotStartedWhileASettingIsMissing() {
        robot.clickOn("#shopButton");
        robot.clickOn("#shopName").write("Lan Anh Beauty");

        assertTrue(robot.lookup("#createButton").query().isDisabled());
        assertFalse(robot.lookup("#problem").queryLabeled().getText().isBlank());
    }

    @Test
    void tryTheDemoCreatesTheDemoInItsOwnFolderAndTheTitleSaysSo() throws Exception {
        robot.clickOn("#demoButton");

        waitForMainWindow();
        assertTrue(stage.getTitle().contains("demo workspace"), stage.getTitle());
        assertTrue(robot.lookup("#leave-demo").tryQuery().isPresent());
        assertTrue(Workspace.exists(Workspace.demoFolder()));
        assertFalse(Workspace.exists(data));
    }

    @Test
    void leavingTheDemoKeepsItAsideAndStartsTheShopEmpty() throws Exception {
        robot.clickOn("#demoButton");
        waitForMainWindow();

        robot.clickOn("#leave-demo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shopName").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        fillShop("Lan Anh Beauty", "VN", null);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#leave-demo").tryQuery().isEmpty()
                && robot.lookup("#shopName").tryQuery().isEmpty());
        waitForMainWindow();

        assertFalse(stage.getTitle().contains("demo"), stage.getTitle());
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Workspace shop = Workspace.open(data)) {
            assertEquals("VND", shop.settings().get(SettingsRepository.CURRENCY, null));
            assertEquals("Asia/Ho_Chi_Minh", shop.settings().get(SettingsRepository.TIME_ZONE, null));
            assertEquals(0, shop.creators().count());
        }
        try (Workspace demo = Workspace.open(Workspace.demoFolder())) {
            assertTrue(demo.settings().isDemo());
            assertEquals(60, demo.creators().count());
        }
    }

    /// Types the shop's name and picks its region (which fills in currency and zone) and, when
    /// given, another zone; then starts it.
    private void fillShop(String name, String region, String zone) {
        robot.clickOn("#shopName").write(name);
        ComboBox<String> regions = robot.lookup("#region").queryComboBox();
        robot.interact(() -> regions.setValue(region));
        if (zone != null) {
            ComboBox<String> zones = robot.lookup("#timeZone").queryComboBox();
            robot.interact(() -> zones.setValue(zone));
        }
        robot.clickOn("#createButton");
    }

    /// The main window is shown and its title bound (the title names the workspace after a dash).
    private void waitForMainWindow() throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-workspace").tryQuery().isPresent()
                && stage.getTitle() != null && stage.getTitle().contains(" — "));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
