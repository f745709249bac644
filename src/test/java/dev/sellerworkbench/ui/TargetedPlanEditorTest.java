package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.SavedList;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// J2 step 3 and J4 step 3 in the window: a targeted plan stops at 30 creators with a message
/// (R-PLAN-8), and a rate edit of a published targeted plan shows when it reaches the creators
/// already in it — 00:00 next day in the seller's zone (R-PLAN-10). The clock reads 10:00, 23 Nov
/// 2026 in Ho Chi Minh City.
@ExtendWith(ApplicationExtension.class)
class TargetedPlanEditorTest {

    Workspace workspace;

    @Start
    void start(Stage stage) throws Exception {
        workspace = UiTestSupport.demoWorkspace(60);
        long list = workspace.savedLists().create("Tết campaign");
        workspace.savedLists().add(list, workspace.creators().page(0, 31).stream().map(Creator::id).toList());
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
    void targetedPlanRefusesTheThirtyFirstCreatorWithTheMessage(FxRobot robot) {
        PlanEditorSupport.newPlan(robot, PlanType.TARGETED);
        ComboBox<SavedList> lists = robot.lookup("#savedListChoice").query();
        robot.interact(() -> lists.getSelectionModel().select(lists.getItems().stream()
                .filter(l -> l.name().equals("Tết campaign")).findFirst().orElseThrow()));
        robot.clickOn("#addListButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("30 of 30", robot.lookup("#creatorCounter").queryAs(Label.class).getText());
        assertEquals("A targeted plan can have at most 30 creators; 1 not added.",
                robot.lookup("#creatorMessage").queryAs(Label.class).getText());
    }

    @Test
    void editingAPublishedTargetedPlansRateShowsTheNextMidnightEffectiveTime(FxRobot robot) {
        PlanEditorSupport.openFromList(robot, "Ramadan");
        TextField rate = robot.lookup("#itemList .item-rate").query();
        robot.clickOn(rate);
        robot.interact(rate::selectAll);
        robot.write("20");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<String> pending = robot.lookup("#pendingList").query();
        assertTrue(pending.isVisible());
        assertEquals(1, pending.getItems().size(), pending.getItems().toString());
        String line = pending.getItems().getFirst();
        assertTrue(line.contains("→ 20%"), line);
        assertTrue(line.endsWith("takes effect 00:00, 24 Nov 2026, Asia/Ho_Chi_Minh"), line);
    }
}
