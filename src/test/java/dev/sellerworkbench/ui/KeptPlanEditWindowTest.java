package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// A staff member edits a published plan, the window goes away before they publish (a crash, a
/// closed laptop), and the next window puts the edit back for them to publish.
@ExtendWith(ApplicationExtension.class)
class KeptPlanEditWindowTest {

    Workspace workspace;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        workspace = UiTestSupport.demoWorkspace(60);
        App.applyTheme(false);
        stage.setScene(new Scene(window().root(), 1280, 900));
        stage.show();
    }

    MainWindowView window() {
        AppContext context = UiTestSupport.context(workspace, Locale.ENGLISH);
        context.preferences().setLastScreen("PLANS");
        return new MainWindowView(context);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anUnpublishedEditSurvivesTheWindowAndIsPublishedFromTheNextOne(FxRobot robot) throws Exception {
        Plan plan = workspace.plans().findAll().stream()
                .filter(p -> p.status() == PlanStatus.PUBLISHED && p.type() == PlanType.OPEN).findFirst().orElseThrow();
        PlanEditorSupport.openFromList(robot, plan.name());
        String renamed = plan.name() + " weekend";
        robot.clickOn("#nameField").write(" weekend");
        // the editor keeps the edit once typing pauses
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#saveState").queryAs(Label.class)
                .getText().startsWith("Changes kept"));
        assertNotEquals(renamed, workspace.plans().findById(plan.id()).orElseThrow().name(),
                "the plan itself changes only when published");

        // the window is gone; a new one opens on the same workspace
        robot.interact(() -> stage.setScene(new Scene(window().root(), 1280, 900)));
        PlanEditorSupport.openFromList(robot, plan.name());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nameField").queryAs(TextField.class)
                .getText().equals(renamed));
        String notice = robot.lookup("#saveState").queryAs(Label.class).getText();
        assertTrue(notice.startsWith("Restored your unpublished changes"), notice);

        robot.clickOn("#publishButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> renamed.equals(
                workspace.plans().findById(plan.id()).orElseThrow().name()));
        assertEquals(java.util.Optional.empty(), workspace.plans().unpublishedEdit(plan.id(), workspace.settings().staffName()));
    }
}
