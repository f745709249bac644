package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.logging.Logs;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The About dialog says where the log is and opens its folder, so a person can attach it to a
/// problem report.
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    Workspace workspace;
    final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        workspace = UiTestSupport.demoWorkspace(20);
        AppContext base = UiTestSupport.context(workspace, Locale.ENGLISH);
        ScreenHost recording = new ScreenHost() {
            @Override
            public void relaunch() {
            }

            @Override
            public void restore(Path backup) {
            }

            @Override
            public void openFolder(Path folder) {
                opened.add(folder);
            }
        };
        AppContext context = new AppContext(base.workspace(), base.tasks(), base.messages(), base.formats(), base.clock(),
                base.preferences(), recording);
        context.preferences().setLastScreen("CREATORS");
        MainWindowView view = new MainWindowView(context);
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.lookup(".dialog-pane").tryQuery().ifPresent(pane -> robot.interact(() -> pane.getScene().getWindow().hide()));
        workspace.close();
    }

    @Test
    void aboutOpensTheLogFolder(FxRobot robot) {
        robot.clickOn("#help-about");
        WaitForAsyncUtils.waitForFxEvents();
        Button openLogs = robot.lookup("#about-open-logs").queryAs(Button.class);
        assertEquals("Open log folder", openLogs.getText());
        Path logs = Logs.folder() != null ? Logs.folder() : Logs.folderOf(workspace.folder());
        String body = robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupAll(".label").stream()
                .filter(n -> n instanceof javafx.scene.control.Label)
                .map(n -> ((javafx.scene.control.Label) n).getText()).filter(t -> t != null)
                .reduce("", String::concat);
        assertTrue(body.contains(logs.toString()), body);

        robot.clickOn(openLogs);
        assertEquals(List.of(logs), opened);
    }
}
