package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Two staff edit the same draft plan. The colleague's save lands behind this editor's back; this
/// editor's next save loses the race, says who saved and when, and offers to show their version
/// or to save this edit on top of it.
@ExtendWith(ApplicationExtension.class)
class PlanEditorConflictTest {

    Workspace workspace;

    @Start
    void start(Stage stage) throws Exception {
        workspace = UiTestSupport.demoWorkspace(60);
        App.applyTheme(false);
        AppContext context = UiTestSupport.context(workspace, Locale.ENGLISH);
        context.preferences().setLastScreen("PLANS");
        MainWindowView view = new MainWindowView(context);
        stage.setScene(new Scene(view.root(), 1280, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    Plan stored(String name) {
        return workspace.plans().findAll().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /// Starts a draft named "Tet sale" and saves it, then a colleague renames it behind our back.
    Plan draftChangedByColleague(FxRobot robot) {
        PlanEditorSupport.newPlan(robot, PlanType.OPEN);
        robot.clickOn("#nameField").write("Tet sale");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Plan mine = stored("Tet sale");
        Plan theirs = new Plan(mine.id(), mine.type(), "Tet sale (Mai)", "for the north", mine.endDate(), mine.status(),
                mine.approvalRequired(), mine.shopRate(), mine.baseLink(), mine.createdAt(), mine.updatedAt(),
                mine.publishedAt(), mine.version());
        assertTrue(workspace.plans().update(theirs));
        workspace.audit().record(new AuditEntry(0, Instant.parse("2026-11-23T02:55:00Z"), "Mai", "plan",
                String.valueOf(mine.id()), "SAVE", "DRAFT", "DRAFT", null));

        robot.clickOn("#nameField").write(" 2027");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return mine;
    }

    @Test
    void aLostSaveNamesTheColleagueAndSavesOnTopWhenAsked(FxRobot robot) {
        Plan mine = draftChangedByColleague(robot);

        assertTrue(robot.lookup("#planEditor #conflictBar").query().isVisible());
        String text = robot.lookup("#planEditor #conflictText").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Mai saved this plan at "), text);
        assertEquals("Tet sale (Mai)", workspace.plans().findById(mine.id()).orElseThrow().name(),
                "the losing save wrote nothing");

        robot.clickOn("#planEditor #conflictReapply");
        WaitForAsyncUtils.waitForFxEvents();
        Plan after = workspace.plans().findById(mine.id()).orElseThrow();
        assertEquals("Tet sale 2027", after.name(), "this user's edit is saved on top");
        assertEquals(mine.version() + 2, after.version());
        assertFalse(robot.lookup("#planEditor #conflictBar").query().isVisible());
    }

    @Test
    void showingTheirVersionDropsThisEdit(FxRobot robot) {
        Plan mine = draftChangedByColleague(robot);

        robot.clickOn("#planEditor #conflictReload");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tet sale (Mai)", robot.lookup("#nameField").queryAs(TextField.class).getText());
        assertEquals("Tet sale (Mai)", workspace.plans().findById(mine.id()).orElseThrow().name());
        assertFalse(robot.lookup("#planEditor #conflictBar").query().isVisible());
    }
}
