package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.SavedList;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import dev.sellerworkbench.ui.plans.PlanCreatorRow;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
        String message = robot.lookup("#creatorMessage").queryAs(Label.class).getText();
        assertTrue(message.matches("A targeted plan can have at most 30 creators; 1 not added: @[\\w.]+\\."), message);
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

    /// J2 in the window (R-IN-5, R-COM-1): two creators who have not answered are marked accepted
    /// from the creators table, the table says so, and the rate preview for one of them turns from
    /// "once they accept" into the plan's rate in force.
    @Test
    void markingTwoCreatorsAcceptedChangesTheRatePreview(FxRobot robot) {
        PlanEditorSupport.openFromList(robot, "Ramadan");
        long planId = workspace.plans().findAll().stream().filter(p -> p.name().equals("Ramadan")).findFirst()
                .orElseThrow().id();
        List<Long> waiting = workspace.plans().creators(planId).stream()
                .filter(pc -> pc.status() == InvitationStatus.NOT_SENT || pc.status() == InvitationStatus.SENT)
                .map(PlanCreator::creatorId).limit(2).toList();
        assertEquals(2, waiting.size(), "the demo plan has creators who have not answered");
        TableView<PlanCreatorRow> table = robot.lookup("#creatorTable").query();
        List<PlanCreatorRow> rows = table.getItems().stream().filter(r -> waiting.contains(r.creatorId())).toList();
        assertEquals(2, rows.size());
        PlanCreatorRow first = rows.getFirst();
        ComboBox<String> creator = robot.lookup("#previewCreator").query();
        ComboBox<dev.sellerworkbench.ui.plans.PlanItemRow> product = robot.lookup("#previewProduct").query();
        robot.interact(() -> {
            creator.setValue(first.handle());
            product.getSelectionModel().selectFirst();
        });
        robot.interact(() -> robot.lookup("#previewButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        Label preview = robot.lookup("#previewResult").query();
        String before = preview.getText();
        assertTrue(before.contains("Once " + first.handle() + " accepts this plan"), before);

        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            rows.forEach(table.getSelectionModel()::select);
        });
        robot.interact(() -> robot.lookup("#acceptButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(rows.stream().allMatch(r -> r.invitation().equals("Accepted")),
                rows.stream().map(PlanCreatorRow::invitation).toList().toString());
        String after = preview.getText();
        assertTrue(after.contains("from the targeted plan \"Ramadan\", which they accepted"), after);
        assertTrue(workspace.plans().creators(planId).stream().filter(pc -> waiting.contains(pc.creatorId()))
                .allMatch(pc -> pc.status() == InvitationStatus.ACCEPTED && pc.acceptedAt() != null));
        assertTrue(robot.lookup("#collabHolder #message").queryAs(Label.class).getText().startsWith("2 creators"));
        robot.interact(() -> table.getParent().requestLayout());
        try {
            javafx.scene.control.ScrollPane scroll = robot.lookup("#planEditor .scroll-pane").query();
            robot.interact(() -> scroll.setVvalue(0.75));
            WaitForAsyncUtils.waitForFxEvents();
            UiTestSupport.snapshot(table.getScene(), "plan-editor-collaborations");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
