package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// The whole application: a draft is typed into and the window closed at once, before the
/// autosave's pause has passed; the window saves, closes the workspace and goes, with the typed
/// text stored.
class QuitWindowTest {

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
    void closingRightAfterTypingKeepsWhatWasTyped() throws Exception {
        Path folder = dir.resolve("shop");
        Plan draft;
        try (Workspace ws = Workspace.open(folder)) {
            new DemoGenerator(ws, UiTestSupport.CLOCK, Progress.NONE).generate(60);
            draft = ws.plans().findAll().stream().filter(p -> p.status() == PlanStatus.DRAFT).findFirst().orElseThrow();
        }
        System.setProperty("sw.preferences", "dev/sellerworkbench-test/quit");
        Preferences preferences = Preferences.forTest("quit");
        preferences.setLanguage(Locale.ENGLISH);
        preferences.setLastScreen("PLANS");
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            stage.titleProperty().unbind();
            Platform.setImplicitExit(false); // the window going must not end the tests' FX thread
        });
        app = FxToolkit.setupApplication(App.class, "--workspace", folder.toString());
        FxRobot robot = new FxRobot();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#plansScreen #table").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        PlanEditorSupport.openFromList(robot, draft.name());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nameField").tryQuery()
                .map(f -> ((TextField) f).getText().equals(draft.name())).orElse(false));
        robot.clickOn("#nameField").write(" autumn");
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !stage.isShowing());
        try (Workspace reopened = Workspace.open(folder)) {
            assertEquals(draft.name() + " autumn", reopened.plans().findById(draft.id()).orElseThrow().name());
        }
    }
}
