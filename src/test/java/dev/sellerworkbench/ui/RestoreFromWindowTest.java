package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.store.Backups;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// The whole application on a workspace with one backup of each kind: Settings lists them with
/// their kind, and restoring any one of them from the window brings back that backup's data,
/// keeps the replaced file aside and leaves the other backups in place.
class RestoreFromWindowTest {

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

    static String shopAt(Backups.Kind kind) {
        return "Shop as backed up " + kind.token();
    }

    @ParameterizedTest
    @EnumSource(Backups.Kind.class)
    void aBackupOfEachKindIsRestoredFromSettings(Backups.Kind chosen) throws Exception {
        Path folder = dir.resolve("shop");
        try (Workspace ws = Workspace.open(folder)) {
            int hoursBefore = Backups.Kind.values().length;
            for (Backups.Kind kind : Backups.Kind.values()) {
                ws.settings().put(SettingsRepository.SHOP_NAME, shopAt(kind));
                Backups.take(ws, kind, Clock.offset(UiTestSupport.CLOCK, Duration.ofHours(-hoursBefore--)));
            }
            ws.settings().put(SettingsRepository.SHOP_NAME, "Shop as it is now");
        }

        System.setProperty("sw.preferences", "dev/sellerworkbench-test/restore-window");
        Preferences preferences = Preferences.forTest("restore-window");
        preferences.setLanguage(Locale.ENGLISH);
        preferences.setLastScreen("SETTINGS");
        javafx.stage.Stage stage = FxToolkit.registerPrimaryStage();
        // the stage is shared with earlier window tests, which bind its title
        FxToolkit.setupFixture(() -> stage.titleProperty().unbind());
        app = FxToolkit.setupApplication(App.class, "--workspace", folder.toString());
        FxRobot robot = new FxRobot();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#backups").tryQuery()
                .map(list -> ((ListView<?>) list).getItems().size() == 3).orElse(false));
        assertEquals("Shop as it is now", shopName(robot));
        ListView<Backups.Backup> list = robot.lookup("#backups").query();
        // the cells fill in on the next layout pass
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cellTexts(robot).size() == 3);
        List<String> shown = cellTexts(robot);
        assertTrue(shown.get(0).endsWith(" — by hand"), shown.toString());
        assertTrue(shown.get(1).endsWith(" — before an update"), shown.toString());
        assertTrue(shown.get(2).endsWith(" — daily"), shown.toString());

        Backups.Backup backup = list.getItems().stream().filter(b -> b.kind() == chosen).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(backup));
        Button restore = robot.lookup("#restore").query();
        // the confirmation waits in its own event loop: fire the button without waiting for it
        Platform.runLater(restore::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(confirm.getContentText().startsWith("Replace the workspace with the backup of "), confirm.getContentText());
        robot.interact(() -> ((Button) confirm.lookupButton(ButtonType.OK)).fire());

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shopAt(chosen).equals(shopName(robot)));
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("workspace.mv.db.replaced-")), names.toString());
        }
        assertEquals(3, Backups.list(folder).size(), "restoring removes no backup");
    }

    static List<String> cellTexts(FxRobot robot) {
        return robot.lookup("#backups .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null).toList();
    }

    static String shopName(FxRobot robot) {
        return robot.lookup("#shopName").tryQuery().map(field -> ((TextField) field).getText()).orElse("");
    }
}
