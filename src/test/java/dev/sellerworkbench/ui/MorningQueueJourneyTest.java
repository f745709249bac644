package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.applications.ApplicationRow;
import dev.sellerworkbench.ui.applications.QueueSort;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import dev.sellerworkbench.ui.applications.ApplicationsViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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

/// J1, Linh's morning queue, in the Vietnamese interface: the window opens on Applications; she
/// sorts by level, filters to one open plan, approves four with A, rejects three with a reason,
/// undoes the second rejection only, leaves that application pending with a note, and reads the
/// note and a rejection's reason in the detail pane.
@ExtendWith(ApplicationExtension.class)
class MorningQueueJourneyTest {

    Workspace workspace;

    @Start
    void start(Stage stage) throws Exception {
        workspace = UiTestSupport.demoWorkspace(500);
        AppContext context = UiTestSupport.context(workspace, Locale.forLanguageTag("vi"));
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

    @Test
    void linhWorksTheMorningQueue(FxRobot robot) {
        TabPane tabs = robot.lookup("#applicationsScreen #tabs").query();
        assertTrue(tabs.getTabs().get(0).getText().startsWith("Đang chờ ("), tabs.getTabs().get(0).getText());
        TableView<ApplicationRow> table = robot.lookup("#applicationsScreen #table").query();

        ComboBox<QueueSort> sort = robot.lookup("#sortChoice").query();
        robot.interact(() -> sort.setValue(QueueSort.LEVEL));
        List<Integer> levels = table.getItems().stream().map(r -> r.levelValue() == null ? -1 : r.levelValue()).toList();
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i - 1) >= levels.get(i), "sorted by level, highest first");
        }

        ComboBox<String> plan = robot.lookup("#planFilter").query();
        robot.interact(() -> plan.setValue("Tết 2027"));
        assertTrue(table.getItems().size() >= 8, "enough of the plan's applications for the morning");
        assertTrue(table.getItems().stream().allMatch(r -> r.plan().equals("Tết 2027")));

        // step 3: approve 4 with A, one transaction
        long pending = count(ApplicationStatus.PENDING);
        long approved = count(ApplicationStatus.APPROVED);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectRange(0, 4);
        });
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pending - 4, count(ApplicationStatus.PENDING));
        assertEquals(approved + 4, count(ApplicationStatus.APPROVED));

        // step 4: reject 3 with a reason, then undo the second rejection only
        long rejected = count(ApplicationStatus.REJECTED);
        List<Long> three = new java.util.ArrayList<>();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(0, 3);
            table.getSelectionModel().getSelectedItems().forEach(r -> three.add(r.id()));
        });
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        TextField reason = robot.lookup(".dialog-pane .text-field").query();
        robot.clickOn(reason).write("audience does not match");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rejected + 3, count(ApplicationStatus.REJECTED));

        ListView<ApplicationsViewModel.RecentDecision> recent = robot.lookup("#recentDecisions").query();
        assertEquals(7, recent.getItems().size(), "four approvals and three rejections, one line each");
        Button undoSecond = robot.lookup(".undo-one").queryAllAs(Button.class).stream()
                .filter(b -> b.getParent().getParent() instanceof ListCell<?> cell && cell.getItem()
                        instanceof ApplicationsViewModel.RecentDecision d && d.applicationId() == three.get(1))
                .findFirst().orElseThrow();
        robot.clickOn(undoSecond);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rejected + 2, count(ApplicationStatus.REJECTED), "only the second rejection is undone");
        assertEquals(ApplicationStatus.REJECTED, status(three.get(0)));
        assertEquals(ApplicationStatus.PENDING, status(three.get(1)));
        assertEquals(ApplicationStatus.REJECTED, status(three.get(2)));
        assertEquals(pending - 4 - 2, count(ApplicationStatus.PENDING));
        assertEquals(List.of("reject", "undo-reject"), workspace.audit()
                .forEntity("application", String.valueOf(three.get(1))).stream().map(e -> e.action()).toList());
        assertEquals(6, recent.getItems().size());

        // step 5: the application stays pending with a note, read in the detail pane
        String note = "tụt hạng L6 → L4, hỏi lại tháng sau";
        selectById(robot, table, three.get(1));
        robot.clickOn("#noteButton");
        WaitForAsyncUtils.waitForFxEvents();
        TextField noteField = robot.lookup(".dialog-pane .text-field").query();
        robot.interact(() -> noteField.setText(note));
        robot.clickOn(noteField).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ApplicationStatus.PENDING, status(three.get(1)));
        assertEquals(note, workspace.applications().findById(three.get(1)).orElseThrow().note());
        assertEquals("note", workspace.audit().latest("application", String.valueOf(three.get(1)))
                .orElseThrow().action());
        Label detailNote = robot.lookup("#detailNote").query();
        assertEquals(note, detailNote.getText());
        assertTrue(detailNote.isVisible());
        javafx.scene.control.Label creator = robot.lookup("#detailCreator").query();
        assertTrue(creator.getText().startsWith("@"), creator.getText());

        // the rejection reason beside the rejected row and in the detail pane
        robot.clickOn("#tab-rejected");
        WaitForAsyncUtils.waitForFxEvents();
        selectById(robot, table, three.get(0));
        ApplicationRow row = table.getItems().stream().filter(r -> r.id() == three.get(0)).findFirst().orElseThrow();
        assertEquals("audience does not match", row.reason());
        assertTrue(table.getColumns().stream().anyMatch(c -> "reasonColumn".equals(c.getId()) && c.isVisible()));
        Label detailReason = robot.lookup("#detailReason").query();
        assertEquals("audience does not match", detailReason.getText());
        assertTrue(detailReason.isVisible());
    }

    ApplicationStatus status(long id) {
        return workspace.applications().findById(id).orElseThrow().status();
    }

    static void selectById(FxRobot robot, TableView<ApplicationRow> table, long id) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            table.requestFocus();
            int index = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == id) {
                    index = i;
                }
            }
            assertTrue(index >= 0, "application " + id + " is in the tab");
            table.getSelectionModel().clearAndSelect(index);
            table.getFocusModel().focus(index);
            table.scrollTo(index);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
