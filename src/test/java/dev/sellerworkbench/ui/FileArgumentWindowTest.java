package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// The whole application started with a file after the workspace, as the menu entry starts it
/// for a CSV, XLSX or JSON file opened from the file manager: the window opens on the workspace
/// with that file already previewed in the import dialog.
class FileArgumentWindowTest {

    @TempDir
    Path dir;
    javafx.application.Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        System.clearProperty("sw.preferences");
    }

    @Test
    void theFileArgumentIsTheOneAfterTheFlags() {
        assertNull(App.fileArgument(List.of()));
        assertNull(App.fileArgument(List.of("--workspace", "shop")));
        assertEquals(dir.resolve("a.csv"), App.fileArgument(List.of("--workspace", "shop", dir.resolve("a.csv").toString())));
        assertEquals(Path.of("a.csv").toAbsolutePath(), App.fileArgument(List.of("a.csv", "--workspace", "shop")));
    }

    @Test
    void aFileOnTheCommandLineOpensInTheImportDialog() throws Exception {
        Path export = dir.resolve("affiliate-orders.csv");
        Files.copy(Path.of("assets/samples/orders-seller-center.csv"), export);

        System.setProperty("sw.preferences", "dev/sellerworkbench-test/file-argument");
        Preferences preferences = Preferences.forTest("file-argument");
        preferences.setLanguage(Locale.ENGLISH);
        javafx.stage.Stage stage = FxToolkit.registerPrimaryStage();
        // the stage is shared with earlier window tests, which bind its title
        FxToolkit.setupFixture(() -> stage.titleProperty().unbind());
        app = FxToolkit.setupApplication(App.class, "--workspace", dir.resolve("shop").toString(), export.toString());
        FxRobot robot = new FxRobot();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#importDialog #preview").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        TableView<?> preview = robot.lookup("#importDialog #preview").query();
        assertTrue(preview.getColumns().get(0).getText().startsWith("Order ID"), preview.getColumns().get(0).getText());
        Label format = robot.lookup("#importDialog #format").query();
        assertTrue(format.getText().startsWith("Detected format"), format.getText());
        assertTrue(robot.lookup("#nav-creators").tryQuery().isPresent(), "the main window is open behind the dialog");
    }
}
