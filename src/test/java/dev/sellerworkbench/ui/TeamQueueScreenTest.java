package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.queue.Decision;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.applications.ApplicationRow;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Two staff on one queue: a colleague's decision lands behind this desktop's view. Deciding on
/// the stale row says who did what and offers reload or reapply; polling brings the colleague's
/// decisions in within seconds without moving this user's selection.
@ExtendWith(ApplicationExtension.class)
class TeamQueueScreenTest {

    Workspace workspace;
    ApprovalQueue colleague;

    @Start
    void start(Stage stage) throws Exception {
        workspace = UiTestSupport.demoWorkspace(300);
        colleague = new ApprovalQueue(workspace, UiTestSupport.CLOCK);
        App.applyTheme(false);
        AppContext context = UiTestSupport.context(workspace, Locale.ENGLISH);
        context.preferences().setLastScreen("APPLICATIONS");
        workspace.settings().putStaffName("Linh");
        MainWindowView view = new MainWindowView(context);
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    TableView<ApplicationRow> table(FxRobot robot) {
        return robot.lookup("#applicationsScreen #table").query();
    }

    long selectFirst(FxRobot robot) {
        TableView<ApplicationRow> table = table(robot);
        long id = table.getItems().get(0).id();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(0);
        });
        return id;
    }

    @Test
    void approvingARowAColleagueRejectedSaysWhoAndReappliesOnRequest(FxRobot robot) {
        long id = selectFirst(robot);
        colleague.decide(List.of(id), Decision.REJECT, "wrong audience", "Mai");

        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        Node bar = robot.lookup("#conflictBar").query();
        assertTrue(bar.isVisible(), "the conflict is shown");
        String text = robot.lookup("#conflictText").queryAs(Label.class).getText();
        assertTrue(text.contains("Mai") && text.contains("Rejected") && text.contains(String.valueOf(id)), text);
        assertEquals(ApplicationStatus.REJECTED, workspace.applications().findById(id).orElseThrow().status(),
                "nothing of the stale approval was saved");

        robot.clickOn("#conflictReapply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ApplicationStatus.APPROVED, workspace.applications().findById(id).orElseThrow().status());
        assertFalse(bar.isVisible());
        List<AuditEntry> trail = workspace.audit().forEntity("application", String.valueOf(id));
        assertEquals(List.of("Mai", "Linh"), trail.stream().map(AuditEntry::actor).toList(),
                "both decisions are in the audit log with each desktop's staff name");
    }

    @Test
    void reloadAfterAConflictDropsTheStaleDecisionAndShowsTheQueueAsItIs(FxRobot robot) {
        long id = selectFirst(robot);
        colleague.decide(List.of(id), Decision.APPROVE, null, "Mai");

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#conflictBar").query().isVisible());

        robot.clickOn("#conflictReload");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#conflictBar").query().isVisible());
        assertTrue(table(robot).getItems().stream().noneMatch(r -> r.id() == id), "the approved row left Pending");
        assertFalse(workspace.applications().findById(id).orElseThrow().removed(), "the stale removal was dropped");
    }

    @Test
    void aColleaguesDecisionArrivesByPollingAndTheSelectionStays(FxRobot robot) {
        TableView<ApplicationRow> table = table(robot);
        long decidedElsewhere = table.getItems().get(0).id();
        long mine = table.getItems().get(2).id();
        int rowsBefore = table.getItems().size();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(2);
        });

        colleague.decide(List.of(decidedElsewhere), Decision.APPROVE, null, "Mai");

        // the view polls every few seconds; wait for the row to leave without touching anything
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> table.getItems().stream().noneMatch(r -> r.id() == decidedElsewhere));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the colleague's decision did not arrive within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rowsBefore - 1, table.getItems().size());
        assertEquals(List.of(mine), table.getSelectionModel().getSelectedItems().stream().map(ApplicationRow::id).toList(),
                "the user's selection is still on the same application");
        long pending = workspace.applications().countByStatus().get(ApplicationStatus.PENDING);
        assertEquals("Pending (" + pending + ")", ApplicationsScreenTest.tabText(robot, 0));
    }
}
