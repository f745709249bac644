package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The window opens on a small demo workspace and every navigation entry shows its screen with
/// the workspace's real content.
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    static Workspace workspace;
    Scene scene;

    @BeforeAll
    static void createDemo() throws Exception {
        workspace = UiTestSupport.demoWorkspace(400);
    }

    @AfterAll
    static void closeDemo() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        App.applyTheme(false);
        MainWindowView view = new MainWindowView(UiTestSupport.context(workspace, Locale.ENGLISH));
        scene = new Scene(view.root(), 1000, 700);
        stage.setScene(scene);
        stage.titleProperty().bind(view.viewModel().titleProperty());
        stage.show();
    }

    private static <T extends Node> T find(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).query();
    }

    @Test
    void titleNamesTheWorkspace(FxRobot robot) {
        Stage stage = (Stage) scene.getWindow();
        assertTrue(stage.getTitle().contains(workspace.name()), stage.getTitle());
    }

    @Test
    void everyNavigationEntryShowsItsScreen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-creators");
        TableView<?> creators = find(robot, "#findCreators .table-view");
        assertFalse(creators.getItems().isEmpty());
        Label summary = find(robot, "#findCreators #summary");
        assertEquals("400 creators", summary.getText());
        UiTestSupport.snapshot(scene, "main-window");

        robot.clickOn("#nav-plans");
        TableView<?> plans = find(robot, "#plansScreen .table-view");
        assertEquals(7, plans.getItems().size());

        robot.clickOn("#nav-applications");
        TabPane tabs = find(robot, "#applicationsScreen #tabs");
        assertTrue(tabs.getTabs().get(0).getText().startsWith("Pending ("), tabs.getTabs().get(0).getText());
        TableView<?> queue = find(robot, "#applicationsScreen #table");
        assertFalse(queue.getItems().isEmpty());

        robot.clickOn("#nav-invitations");
        TableView<?> invited = find(robot, "#invitationsScreen #table");
        assertFalse(invited.getItems().isEmpty());

        robot.clickOn("#nav-insights");
        TableView<?> totals = find(robot, "#insightsScreen #table");
        assertFalse(totals.getItems().isEmpty());

        robot.clickOn("#nav-settings");
        Label folder = find(robot, "#settingsScreen #workspace");
        assertEquals(workspace.folder().toString(), folder.getText());
        assertTrue(Files.size(Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "main-window.png")) > 0);
    }
}
