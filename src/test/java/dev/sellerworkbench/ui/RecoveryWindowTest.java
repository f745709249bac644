package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Backups;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// The whole application started on a workspace whose file is damaged: the window offers the newest backup and says from when, the user restores
/// it, the damaged file stays in the folder beside it, and the window opens on the backup's data.
class RecoveryWindowTest {

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
    void aDamagedWorkspaceIsSetAsideAndTheNewestBackupRestoredFromTheWindow() throws Exception {
        Path folder = dir.resolve("shop");
        try (Workspace ws = Workspace.open(folder)) {
            new DemoGenerator(ws, UiTestSupport.CLOCK, Progress.NONE).generate(120);
            Backups.take(ws, Backups.Kind.DAILY, UiTestSupport.CLOCK);
        }
        byte[] garbage = new byte[4096];
        java.util.Arrays.fill(garbage, (byte) 7);
        Files.write(folder.resolve("workspace.mv.db"), garbage);

        System.setProperty("sw.preferences", "dev/sellerworkbench-test/recovery");
        Preferences preferences = Preferences.forTest("recovery");
        preferences.setLanguage(Locale.ENGLISH);
        preferences.setLastScreen("CREATORS");
        javafx.stage.Stage stage = FxToolkit.registerPrimaryStage();
        // the stage is shared with earlier window tests, which bind its title
        FxToolkit.setupFixture(() -> stage.titleProperty().unbind());
        app = FxToolkit.setupApplication(App.class, "--workspace", folder.toString());
        FxRobot robot = new FxRobot();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane offer = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("The workspace could not be opened", offer.getHeaderText());
        assertTrue(offer.getContentText().contains("The newest backup is from "), offer.getContentText());
        assertTrue(offer.getContentText().contains("The damaged file is kept aside"), offer.getContentText());

        robot.clickOn("Restore backup");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#findCreators #summary").tryQuery().isPresent()
                && !robot.lookup("#findCreators #summary").queryAs(Label.class).getText().isEmpty());
        assertEquals("120 creators", robot.lookup("#findCreators #summary").queryAs(Label.class).getText());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("workspace.mv.db.damaged-")), names.toString());
        }
    }
}
