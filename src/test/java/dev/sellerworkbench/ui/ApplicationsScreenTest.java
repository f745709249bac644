package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.applications.ApplicationRow;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
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

/// J1's morning queue in the window: select rows, press A, the tab counts move; undo puts them back.
@ExtendWith(ApplicationExtension.class)
class ApplicationsScreenTest {

    Workspace workspace;

    @Start
    void start(Stage stage) throws Exception {
        workspace = UiTestSupport.demoWorkspace(400);
        App.applyTheme(false);
        AppContext context = UiTestSupport.context(workspace, Locale.ENGLISH);
        context.preferences().setLastScreen("APPLICATIONS");
        MainWindowView view = new MainWindowView(context);
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    long count(ApplicationStatus status) {
        return workspace.applications().countByStatus().get(status);
    }

    static String tabText(FxRobot robot, int index) {
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#applicationsScreen #tabs").query();
        return tabs.getTabs().get(index).getText();
    }

    @Test
    void pressingAApprovesTheThreeSelectedPendingApplications(FxRobot robot) {
        long pending = count(ApplicationStatus.PENDING);
        long approved = count(ApplicationStatus.APPROVED);
        TableView<ApplicationRow> table = robot.lookup("#applicationsScreen #table").query();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectRange(0, 3);
        });
        // R-AP-5: each row shows the rate that would apply if approved, from the commission engine.
        assertTrue(table.getItems().stream().allMatch(r -> r.rate().endsWith("%") || r.rate().endsWith("★")),
                "every pending application in a published open plan has a rate");
        Button approve = robot.lookup("#approveButton").query();
        assertEquals("Approve 3", approve.getText());
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(pending - 3, count(ApplicationStatus.PENDING));
        assertEquals(approved + 3, count(ApplicationStatus.APPROVED));
        assertEquals("Pending (" + (pending - 3) + ")", tabText(robot, 0));
        assertEquals("Approved (" + (approved + 3) + ")", tabText(robot, 1));
        assertEquals(1, table.getSelectionModel().getSelectedItems().size(), "selection moves to the next row");
    }

    @Test
    void aRepeatedADoesNotDecideTheRowTheDecisionMovedTo(FxRobot robot) {
        long pending = count(ApplicationStatus.PENDING);
        TableView<ApplicationRow> table = robot.lookup("#applicationsScreen #table").query();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        long first = table.getItems().get(0).id();
        long next = table.getItems().get(1).id();
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ApplicationStatus.APPROVED, status(first));
        assertEquals(next, table.getSelectionModel().getSelectedItem().id(), "the next row shows");

        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ApplicationStatus.PENDING, status(next), "a second A does not decide a row nobody chose");
        assertEquals(pending - 1, count(ApplicationStatus.PENDING));
        javafx.scene.control.Label feedback = robot.lookup("#applicationsScreen #feedback").query();
        assertTrue(feedback.getText().startsWith("Choose the next application first"), feedback.getText());

        // moving the selection is choosing: A decides again
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        long chosen = table.getSelectionModel().getSelectedItem().id();
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ApplicationStatus.APPROVED, status(chosen));
        assertEquals(pending - 2, count(ApplicationStatus.PENDING));
    }

    @Test
    void theProductFilterKeepsShowingItsValueWhenItsLastRowIsDecided(FxRobot robot) {
        TableView<ApplicationRow> table = robot.lookup("#applicationsScreen #table").query();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> product = robot.lookup("#productFilter").query();
        assertTrue(product instanceof org.controlsfx.control.SearchableComboBox<?>, "the product filter is searchable");
        String title = table.getItems().get(0).product();
        robot.interact(() -> product.setValue(title));
        assertTrue(table.getItems().stream().allMatch(r -> r.product().equals(title)));
        int rows = table.getItems().size();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectRange(0, rows);
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().isEmpty(), "every row of that product left the tab");
        assertEquals(title, product.getValue(), "the filter still shows what it filters on");
    }

    ApplicationStatus status(long id) {
        return workspace.applications().findById(id).orElseThrow().status();
    }

    @Test
    void undoPutsTheLastDecisionBack(FxRobot robot) {
        long pending = count(ApplicationStatus.PENDING);
        TableView<ApplicationRow> table = robot.lookup("#applicationsScreen #table").query();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectRange(0, 2);
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pending - 2, count(ApplicationStatus.PENDING));
        Button undo = robot.lookup("#undoButton").query();
        assertTrue(undo.isVisible());
        robot.clickOn(undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pending, count(ApplicationStatus.PENDING));
        assertEquals("Pending (" + pending + ")", tabText(robot, 0));
    }

    @Test
    void theAuditLogShowsWhoRejectedAndWhy(FxRobot robot) {
        TableView<ApplicationRow> table = robot.lookup("#applicationsScreen #table").query();
        long id = table.getItems().get(0).id();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField reason = robot.lookup(".dialog-pane .text-field").query();
        robot.clickOn(reason).write("audience does not match");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ApplicationStatus.REJECTED, workspace.applications().findById(id).orElseThrow().status());

        robot.clickOn("#tab-rejected");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            TableView<ApplicationRow> rejected = robot.lookup("#applicationsScreen #table").query();
            rejected.getSelectionModel().clearSelection();
            rejected.getItems().stream().filter(r -> r.id() == id).findFirst()
                    .ifPresent(r -> rejected.getSelectionModel().select(r));
        });
        robot.clickOn("#auditButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<dev.sellerworkbench.domain.AuditEntry> audit = robot.lookup("#auditDialog #table").query();
        assertEquals(1, audit.getItems().size());
        assertEquals("reject", audit.getItems().get(0).action());
        assertEquals("audience does not match", audit.getItems().get(0).note());
        // names, not ids: the creator by handle and name, the decision and statuses in words
        var creator = workspace.creators().findById(workspace.applications().findById(id).orElseThrow().creatorId())
                .orElseThrow();
        assertEquals("@" + creator.handle() + " · " + creator.name(), audit.getColumns().get(2).getCellData(0));
        assertEquals("Rejected", audit.getColumns().get(3).getCellData(0));
        assertEquals(List.of("Pending", "Rejected"),
                List.of(audit.getColumns().get(4).getCellData(0), audit.getColumns().get(5).getCellData(0)));
    }

    @Test
    void theFocusedApplicantsLevelHistoryAndPreviewShowBesideTheQueue(FxRobot robot) {
        // J1 step 5 / J5 step 3: history by month, the diagnosis, and next month's preview.
        TableView<ApplicationRow> table = robot.lookup("#applicationsScreen #table").query();
        int index = 0;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).creatorLevel() != null) {
                index = i;
                break;
            }
        }
        int row = index;
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row);
            table.getFocusModel().focus(row);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label creator = robot.lookup("#detailCreator").query();
        assertTrue(creator.getText().startsWith("@"), creator.getText());
        javafx.scene.control.ListView<String> history = robot.lookup("#detailHistory").query();
        assertTrue(!history.getItems().isEmpty(), "an official level is in the history");
        javafx.scene.control.Label preview = robot.lookup("#applicationsScreen #levelPreviewText").query();
        assertTrue(preview.getText().startsWith("Current level"), preview.getText());
    }
}
