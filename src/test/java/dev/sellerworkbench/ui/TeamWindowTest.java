package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.domain.Progress;
import dev.sellerworkbench.store.TestDatabases;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.nio.file.Files;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The window on a team workspace: the demo data set built on PostgreSQL, the title naming the
/// server, the queue working, and Settings saying backups are the server's business.
@ExtendWith(ApplicationExtension.class)
class TeamWindowTest {

    Workspace workspace;
    MainWindowView view;

    @Start
    void start(Stage stage) throws Exception {
        workspace = TestDatabases.open(TestDatabases.Vendor.POSTGRESQL, Files.createTempDirectory("sw-team-window"));
        new DemoGenerator(workspace, UiTestSupport.CLOCK, Progress.NONE).generate(300);
        App.applyTheme(false);
        AppContext context = UiTestSupport.context(workspace, Locale.ENGLISH);
        context.preferences().setLastScreen("APPLICATIONS");
        view = new MainWindowView(context);
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.titleProperty().bind(view.viewModel().titleProperty());
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theTitleNamesTheServerAndSettingsLeaveBackupsToIt(FxRobot robot) {
        assertEquals("Seller Workbench — team workspace " + workspace.location(), view.viewModel().titleProperty().get());
        TableView<?> queue = robot.lookup("#applicationsScreen #table").query();
        assertFalse(queue.getItems().isEmpty(), "the demo's applications show from PostgreSQL");

        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(workspace.location(), robot.lookup("#settingsScreen #workspace").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#teamBackups").query().isVisible());
        assertTrue(robot.lookup("#backUp").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#useLocal").query().isVisible());
    }
}
