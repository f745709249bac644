package dev.sellerworkbench.ui;

import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.ui.plans.PlanRow;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/// Steps the plan editor tests share: start a plan from the New menu, open one from the list.
final class PlanEditorSupport {

    private PlanEditorSupport() {
    }

    static void newPlan(FxRobot robot, PlanType type) {
        MenuButton menu = robot.lookup("#newButton").query();
        robot.interact(() -> menu.getItems().get(type.ordinal()).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void openFromList(FxRobot robot, String name) {
        TableView<PlanRow> table = robot.lookup("#plansScreen #table").query();
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).name().equals(name)) {
                    table.getSelectionModel().select(i);
                    return;
                }
            }
            throw new AssertionError("no plan named " + name);
        });
        robot.clickOn("#openButton");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
