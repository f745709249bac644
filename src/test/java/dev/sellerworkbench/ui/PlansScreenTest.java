package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.plans.PlanRow;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The Plans list: filters by type and status, and a deleted draft comes back with Undo.
@ExtendWith(ApplicationExtension.class)
class PlansScreenTest {

    Workspace workspace;

    @Start
    void start(Stage stage) throws Exception {
        workspace = UiTestSupport.demoWorkspace(60);
        App.applyTheme(false);
        AppContext context = UiTestSupport.context(workspace, Locale.ENGLISH);
        context.preferences().setLastScreen("PLANS");
        MainWindowView view = new MainWindowView(context);
        stage.setScene(new Scene(view.root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    TableView<PlanRow> table(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#plansScreen #table").query();
    }

    @Test
    void filtersByTypeAndStatus(FxRobot robot) {
        assertEquals(7, table(robot).getItems().size());
        ComboBox<String> type = robot.lookup("#typeFilter").query();
        ComboBox<String> status = robot.lookup("#statusFilter").query();
        robot.interact(() -> type.getSelectionModel().select("Targeted"));
        assertEquals(3, table(robot).getItems().size());
        robot.interact(() -> status.getSelectionModel().select("Draft"));
        assertEquals(1, table(robot).getItems().size());
        assertEquals("UK launch", table(robot).getItems().getFirst().name());
    }

    @Test
    void deletedDraftComesBackWithUndo(FxRobot robot) {
        TableView<PlanRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.name().equals("Summer sale")).findFirst().orElseThrow()));
        Button delete = robot.lookup("#deleteButton").query();
        assertFalse(delete.isDisabled(), "a draft can be deleted");
        robot.clickOn(delete);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(workspace.plans().findAll().stream().noneMatch(p -> p.name().equals("Summer sale")));
        assertEquals(6, table(robot).getItems().size());

        robot.clickOn("#undoDeleteButton");
        WaitForAsyncUtils.waitForFxEvents();

        Plan back = workspace.plans().findAll().stream().filter(p -> p.name().equals("Summer sale")).findFirst().orElseThrow();
        assertEquals(PlanStatus.DRAFT, back.status());
        assertEquals(14, workspace.plans().items(back.id()).size(), "products 80..95 but the Revoked one");
        assertEquals(7, table(robot).getItems().size());
    }

    @Test
    void aPublishedPlanCannotBeDeleted(FxRobot robot) {
        TableView<PlanRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.name().equals("Ramadan")).findFirst().orElseThrow()));
        assertTrue(robot.lookup("#deleteButton").queryAs(Button.class).isDisabled());
    }
}
