package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.domain.SavedList;
import dev.sellerworkbench.search.CreatorQuery.Sort;
import dev.sellerworkbench.search.CreatorSearches;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.creators.CreatorFilters.AudienceMode;
import dev.sellerworkbench.ui.creators.CreatorRow;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// J2 steps 1–2 in the main window: Minh filters Find Creators (R-CR-3) — region VN,
/// levels L4–L6, 50k–500k followers, audience at least 60% female and 30% aged 18-24, Beauty —
/// sorts by average views, and saves 8 creators to a new list "Tết campaign" (R-CR-5).
@ExtendWith(ApplicationExtension.class)
class FindCreatorsJourneyTest {

    static Workspace workspace;
    Scene scene;

    @BeforeAll
    static void createDemo() throws Exception {
        workspace = UiTestSupport.demoWorkspace(2_000);
        // Minh's shop: a dozen Vietnamese Beauty creators who fit his brief, among the demo crowd.
        for (int i = 0; i < 12; i++) {
            workspace.creators().insert(new Creator(0, "tet.beauty" + i, "Tết Beauty " + i, Region.VN, null,
                    60_000 + i * 30_000L, 40 + i, 20_000 + i * 1_500L, 650, Money.of("25000000", "VND"), 300, 6,
                    List.of("Beauty"), Set.of(ContentType.LIVE, ContentType.VIDEO), null, null,
                    new Audience(7_000, 2_800, 200, 4_000, 3_500, 1_500, 700, 300), Level.official(4 + i % 3)));
        }
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
        context.preferences().setLastScreen("PLANS");
        MainWindowView view = new MainWindowView(context);
        scene = new Scene(view.root(), 1400, 850);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    static <T extends Node> T find(FxRobot robot, String query) {
        return (T) robot.lookup(query).query();
    }

    static void settle() {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void minhFiltersSortsByViewsAndSavesEightCreatorsToANewList(FxRobot robot) throws Exception {
        robot.clickOn("#nav-creators");
        ComboBox<Region> region = find(robot, "#findCreators #region");
        CheckComboBox<Integer> levels = find(robot, "#findCreators #levels");
        ComboBox<AudienceMode> genderMode = find(robot, "#genderMode");
        ComboBox<Gender> gender = find(robot, "#gender");
        Spinner<Integer> genderPercent = find(robot, "#genderPercent");
        ComboBox<AudienceMode> ageMode = find(robot, "#ageMode");
        ComboBox<Integer> ageBand = find(robot, "#ageBand");
        Spinner<Integer> agePercent = find(robot, "#agePercent");
        ComboBox<String> category = find(robot, "#category");
        ComboBox<Sort> sort = find(robot, "#sort");
        robot.interact(() -> {
            region.setValue(Region.VN);
            List.of(4, 5, 6).forEach(levels.getCheckModel()::check);
            genderMode.setValue(AudienceMode.AT_LEAST);
            gender.setValue(Gender.FEMALE);
            genderPercent.getValueFactory().setValue(60);
            ageMode.setValue(AudienceMode.AT_LEAST);
            ageBand.setValue(0);
            agePercent.getValueFactory().setValue(30);
            category.setValue("Beauty");
            sort.setValue(Sort.AVG_VIEWS);
        });
        robot.clickOn("#followersMin").write("50000");
        robot.clickOn("#followersMax").write("500000");
        settle();

        TableView<CreatorRow> table = find(robot, "#findCreators #table");
        List<CreatorRow> rows = table.getItems();
        assertTrue(rows.size() >= 8, "matches: " + rows.size());
        for (CreatorRow row : rows) {
            Creator c = row.creator();
            assertEquals(Region.VN, c.region());
            assertTrue(c.level().value() >= 4 && c.level().value() <= 6, row.handle());
            assertTrue(c.followers() >= 50_000 && c.followers() <= 500_000, row.handle());
            assertTrue(c.audience().femaleBp() >= 6_000 && c.audience().age18to24Bp() >= 3_000, row.handle());
            assertTrue(c.categories().contains("Beauty"), row.handle());
        }
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).creator().avgViews() >= rows.get(i).creator().avgViews());
        }

        robot.interact(() -> table.getSelectionModel().selectRange(0, 8));
        List<Long> chosen = rows.subList(0, 8).stream().map(CreatorRow::id).sorted().toList();
        robot.clickOn("Lists");
        TextField name = find(robot, "#listName");
        robot.interact(() -> name.setText("Tết campaign"));
        robot.clickOn("#createList");
        WaitForAsyncUtils.waitForFxEvents();

        SavedList list = workspace.savedLists().all().stream().filter(l -> l.name().equals("Tết campaign")).findFirst()
                .orElseThrow();
        assertEquals(chosen, workspace.savedLists().members(list.id()).stream().sorted().toList());
        UiTestSupport.snapshot(scene, "j2-find-and-save");
    }
}
