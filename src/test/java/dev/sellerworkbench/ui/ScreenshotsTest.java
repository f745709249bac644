package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import dev.sellerworkbench.ui.shell.NavEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Renders every main screen, light and dark, to PNG (target/screenshots, or the folder named by
/// -Dscreenshots.dir=assets/screenshots to refresh the README's pictures).
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {

    static Workspace workspace;
    Stage stage;

    @BeforeAll
    static void demo() throws Exception {
        workspace = UiTestSupport.demoWorkspace(600);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyScreenRendersInLightAndDark(FxRobot robot) throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> {
                App.applyTheme(dark);
                MainWindowView view = new MainWindowView(UiTestSupport.context(workspace, Locale.ENGLISH));
                stage.setScene(new Scene(view.root(), 1000, 700));
                stage.show();
            });
            for (NavEntry entry : NavEntry.values()) {
                robot.clickOn("#nav-" + entry.name().toLowerCase(Locale.ROOT));
                WaitForAsyncUtils.waitForFxEvents();
                Path file = UiTestSupport.snapshot(stage.getScene(),
                        entry.name().toLowerCase(Locale.ROOT) + (dark ? "-dark" : "-light"));
                assertTrue(Files.size(file) > 10_000, file + " holds a rendered screen");
            }
        }
        robot.interact(() -> App.applyTheme(false));
    }
}
