package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// A column the user widens keeps its width at the next start: the window remembers it in the
/// desktop's preferences, per screen and table, and puts it back when the screen is built again;
/// the columns they never resized are still fitted to their content.
@ExtendWith(ApplicationExtension.class)
class ColumnWidthsTest {

    Workspace workspace;
    AppContext context;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        workspace = Workspace.open(java.nio.file.Files.createTempDirectory("sw-columns"));
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        context = new AppContext(workspace, TaskRunner.direct(), messages,
                new Formats(messages.getLocale(), UiTestSupport.ZONE), UiTestSupport.CLOCK,
                Preferences.forTest("column-widths"));
        context.services().plans().saveDraft(new PlanDraft(new Plan(0, PlanType.OPEN, "Serum week", null, null,
                PlanStatus.DRAFT, false, null, null, null, null, null, 0), List.of(), List.of()));
        App.applyTheme(false);
        context.preferences().setLastScreen("PLANS");
        stage.setScene(new Scene(new MainWindowView(context).root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    TableColumn<?, ?> column(FxRobot robot, String id) {
        TableView<?> table = robot.lookup("#plansScreen #table").queryAs(TableView.class);
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    void waitForFit(FxRobot robot) throws Exception {
        // the rows are shown, and the columns fitted to them after the next layout
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#plansScreen #table")
                .queryAs(TableView.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static javafx.scene.input.MouseEvent mouse(TableColumnHeader header, javafx.event.EventType<javafx.scene.input.MouseEvent> type) {
        Bounds b = header.localToScene(header.getBoundsInLocal());
        return new javafx.scene.input.MouseEvent(type, b.getMaxX() - 1, b.getCenterY(), 0, 0, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, false, null);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    @Test
    void aResizedColumnKeepsItsWidthWhenTheScreenIsBuiltAgainAndTheOthersAreStillFitted(FxRobot robot)
            throws Exception {
        waitForFit(robot);
        TableColumn<?, ?> name = column(robot, "nameColumn");
        double fitted = name.getWidth();
        double fittedStatus = column(robot, "statusColumn").getWidth();
        TableColumnHeader header = robot.lookup("#plansScreen #table .column-header").queryAll().stream()
                .map(TableColumnHeader.class::cast).filter(h -> h.getTableColumn() == name).findFirst().orElseThrow();
        // the user drags the column's right edge 90 px to the right: a press on the header, the
        // resize its drag makes (the headless robot's drag does not follow the moving edge), a release
        robot.interact(() -> {
            header.fireEvent(mouse(header, javafx.scene.input.MouseEvent.MOUSE_PRESSED));
            name.getTableView().resizeColumn((TableColumn) name, 90);
        });
        robot.interact(() -> header.fireEvent(mouse(header, javafx.scene.input.MouseEvent.MOUSE_RELEASED)));
        WaitForAsyncUtils.waitForFxEvents();
        double widened = name.getWidth();
        assertTrue(widened > fitted + 60, "the drag widened the column: " + fitted + " → " + widened);
        assertEquals(Math.rint(widened), context.preferences().columnWidths("plansScreen.listPane.table").get("nameColumn"),
                "remembered under the screen and table");

        // the next start: the same desktop, a new window
        robot.interact(() -> stage.setScene(new Scene(new MainWindowView(context).root(), 1280, 800)));
        waitForFit(robot);
        assertEquals(Math.rint(widened), column(robot, "nameColumn").getWidth(), 1.0, "the width the user gave it");
        assertEquals(fittedStatus, column(robot, "statusColumn").getWidth(), 1.0, "a column never resized is fitted");
        assertEquals(null, context.preferences().columnWidths("plansScreen.listPane.table").get("statusColumn"));
    }
}
