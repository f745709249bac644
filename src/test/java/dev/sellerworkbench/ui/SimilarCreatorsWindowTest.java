package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.search.CreatorSearches;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.creators.CreatorRow;
import dev.sellerworkbench.ui.creators.SimilarCreatorsViewModel.PlanChoice;
import dev.sellerworkbench.ui.creators.SimilarCreatorsViewModel.SimilarRow;
import dev.sellerworkbench.ui.creators.FindCreatorsView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The Similar tab of Find Creators (R-CR-8): a creator's nearest neighbour comes first with its
/// reasons; choosing a plan leaves its creators out; Enter shows the neighbour in the Creator tab.
@ExtendWith(ApplicationExtension.class)
class SimilarCreatorsWindowTest {

    static Workspace workspace;
    static long twinId;

    static Creator creator(String handle, long followers, Audience audience) {
        return new Creator(0, handle, handle, Region.VN, null, followers, 40, 20_000, 650, Money.of("2500000000", "VND"),
                300, 6, List.of("Calligraphy"), Set.of(ContentType.LIVE), null, null, audience, Level.official(5));
    }

    @BeforeAll
    static void createDemo() throws Exception {
        workspace = Workspace.open(java.nio.file.Files.createTempDirectory("sw-similar"));
        // sixty creators of mixed audiences and scales around the two below
        List<Creator> crowd = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int female = (i * 37) % 100 * 100;
            crowd.add(new Creator(0, "crowd" + i, "Crowd " + i, Region.VN, null, 1_000L + i * 7_919L, 10, 1_000, 300,
                    Money.of(String.valueOf(1_000_000 + i * 10_000), "VND"), 0, 0, List.of(i % 2 == 0 ? "Beauty" : "Home"),
                    Set.of(ContentType.values()[i % 3]), null, null,
                    new Audience(female, 10_000 - female, 0, 2_500, 2_500, 2_500, 2_500, 0), Level.official(i % 8)));
        }
        workspace.creators().insertAll(crowd);
        // the most followed creator (first in the default sort) and one just like it
        workspace.creators().insert(creator("zyx.source", 900_000_000, new Audience(8_000, 1_900, 100, 6_000, 3_000, 500, 300, 200)));
        twinId = workspace.creators().insert(creator("zyx.twin", 450_000_000, new Audience(7_900, 2_000, 100, 5_900, 3_100, 500, 300, 200)));
        long plan = workspace.plans().create(new Plan(0, PlanType.TARGETED, "Calligraphy KOLs", null, null,
                PlanStatus.DRAFT, false, null, null, UiTestSupport.CLOCK.instant(), UiTestSupport.CLOCK.instant(), null, 0));
        workspace.plans().saveCreator(new PlanCreator(plan, twinId, InvitationStatus.NOT_SENT, UiTestSupport.CLOCK.instant(),
                null, null, "twin-token", false));
    }

    @AfterAll
    static void closeDemo() {
        CreatorSearches.forget(workspace);
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        App.applyTheme(false);
        AppContext context = UiTestSupport.context(workspace, Locale.ENGLISH);
        FindCreatorsView view = new FindCreatorsView(context);
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
        view.activate();
    }

    @SuppressWarnings("unchecked")
    static <T> T find(FxRobot robot, String query) {
        return (T) robot.lookup(query).query();
    }

    static void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theNearestNeighbourComesFirstAndAPlansCreatorsAreLeftOut(FxRobot robot) throws Exception {
        TableView<CreatorRow> table = find(robot, "#findCreators #table");
        until(() -> !table.getItems().isEmpty() && table.getItems().get(0).creator().handle().equals("zyx.source"));
        robot.interact(() -> table.getSelectionModel().select(0));

        robot.clickOn("Similar");
        TableView<SimilarRow> similar = find(robot, "#similarTable");
        until(() -> !similar.getItems().isEmpty());
        SimilarRow first = similar.getItems().get(0);
        assertEquals("@zyx.twin", first.handle());
        assertTrue(first.reasons().contains("same 18–24 female audience"), first.reasons());
        assertTrue(first.reasons().contains("both Calligraphy LIVE"), first.reasons());
        assertTrue(first.reasons().contains("half the followers"), first.reasons());
        Label message = find(robot, "#similarMessage");
        assertTrue(message.getText().contains("@zyx.source"), message.getText());

        ComboBox<PlanChoice> plan = find(robot, "#similarPlan");
        PlanChoice calligraphy = plan.getItems().stream()
                .filter(c -> c.plan() != null && c.plan().name().equals("Calligraphy KOLs")).findFirst().orElseThrow();
        robot.interact(() -> plan.setValue(calligraphy));
        until(() -> !similar.getItems().isEmpty() && !similar.getItems().get(0).handle().equals("@zyx.twin"));
        assertFalse(similar.getItems().stream().anyMatch(r -> r.creator().id() == twinId), "the plan's creator is left out");
        assertEquals(50, similar.getItems().size());

        robot.interact(() -> plan.setValue(plan.getItems().get(0)));
        until(() -> similar.getItems().get(0).handle().equals("@zyx.twin"));
        robot.interact(() -> {
            similar.getSelectionModel().select(0);
            similar.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = find(robot, "#sideTabs");
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        assertEquals("detailTab", shown.getId());
        Label title = find(robot, "#detailTitle");
        assertTrue(title.getText().contains("zyx.twin"), title.getText());
    }
}
