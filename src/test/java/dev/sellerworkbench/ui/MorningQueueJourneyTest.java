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
import javafx.scene.control.ComboBox;
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
/// sorts by level, filters to one open plan, approves a batch with A, rejects three with a
/// reason, undoes one rejection, and reads a creator's level history beside the queue.
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
        assertFalse(table.getItems().isEmpty());
        assertTrue(table.getItems().stream().allMatch(r -> r.plan().equals("Tết 2027")));

        long pending = count(ApplicationStatus.PENDING);
        long approved = count(ApplicationStatus.APPROVED);
        int batch = Math.min(5, table.getItems().size() - 3);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectRange(0, batch);
        });
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pending - batch, count(ApplicationStatus.PENDING));
        assertEquals(approved + batch, count(ApplicationStatus.APPROVED));

        long rejected = count(ApplicationStatus.REJECTED);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(0, 3);
        });
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        TextField reason = robot.lookup(".dialog-pane .text-field").query();
        robot.clickOn(reason).write("audience does not match");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rejected + 3, count(ApplicationStatus.REJECTED));

        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rejected, count(ApplicationStatus.REJECTED), "the undo puts the last decision back");
        assertEquals(pending - batch, count(ApplicationStatus.PENDING));

        javafx.scene.control.ListView<String> history = robot.lookup("#detailHistory").query();
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label creator = robot.lookup("#detailCreator").query();
        assertTrue(creator.getText().startsWith("@"), creator.getText());
        assertTrue(history.getItems() != null);
    }
}
