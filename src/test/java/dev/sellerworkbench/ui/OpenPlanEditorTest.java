package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.plans.PlanItemRow;
import dev.sellerworkbench.ui.plans.ProductChoice;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/// J3 in the window: an Open plan with two Live products at 12% and creator approval on (R-PLAN-3,
/// R-PLAN-4) is published with Ctrl+Enter (R-PLAN-5) and reopens exactly as it was.
@ExtendWith(ApplicationExtension.class)
class OpenPlanEditorTest {

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

    @Test
    void openPlanWithTwoLiveProductsAtTwelvePercentAndApprovalOnIsPublishedAndReopensTheSame(FxRobot robot) {
        PlanEditorSupport.newPlan(robot, PlanType.OPEN);
        robot.clickOn("#nameField").write("Train essentials");
        robot.clickOn("#approvalSwitch");

        robot.clickOn("#addProductsButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ProductChoice> picker = robot.lookup("#productPicker #table").query();
        robot.interact(() -> {
            List<Integer> free = new java.util.ArrayList<>();
            for (int i = 0; i < picker.getItems().size() && free.size() < 2; i++) {
                if (picker.getItems().get(i).pickable()) {
                    free.add(i);
                }
            }
            picker.getSelectionModel().selectIndices(free.get(0), free.get(1));
        });
        robot.clickOn("#productPicker #addButton");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#uniformRateField").write("12");
        robot.clickOn("#applyUniformButton");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Plan published = workspace.plans().findAll().stream()
                .filter(p -> p.name().equals("Train essentials")).findFirst().orElseThrow();
        assertEquals(PlanStatus.PUBLISHED, published.status());
        assertTrue(published.approvalRequired());
        List<PlanItem> items = workspace.plans().items(published.id());
        assertEquals(2, items.size());
        items.forEach(i -> assertEquals(1200, i.rate().basisPoints()));

        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitForFxEvents();
        PlanEditorSupport.openFromList(robot, "Train essentials");

        Label title = robot.lookup("#planEditor #title").query();
        assertEquals("Open plan \"Train essentials\" (Published)", title.getText());
        assertEquals("Train essentials", robot.lookup("#nameField").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#approvalSwitch").queryAs(CheckBox.class).isSelected());
        ListView<PlanItemRow> list = robot.lookup("#itemList").query();
        assertEquals(items.stream().map(PlanItem::productId).sorted().toList(),
                list.getItems().stream().map(PlanItemRow::productId).sorted().toList());
        list.getItems().forEach(row -> assertEquals("12", row.rateProperty().get()));
    }

    @Test
    void escClosesTheProductPickerAndCtrlSSavesTheDraft(FxRobot robot) {
        PlanEditorSupport.newPlan(robot, PlanType.OPEN);
        robot.clickOn("#addProductsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, robot.listTargetWindows().stream().filter(javafx.stage.Window::isShowing).count());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.listTargetWindows().stream().filter(javafx.stage.Window::isShowing).count());

        robot.clickOn("#nameField").write("Saved with Ctrl+S");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Plan saved = workspace.plans().findAll().stream()
                .filter(p -> p.name().equals("Saved with Ctrl+S")).findFirst().orElseThrow();
        assertEquals(PlanStatus.DRAFT, saved.status());
    }
}
