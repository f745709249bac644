package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.CreatorQuery.Sort;
import dev.sellerworkbench.search.CreatorSearches;
import dev.sellerworkbench.search.SearchLanguage;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.creators.CreatorFilters.AudienceMode;
import dev.sellerworkbench.ui.creators.CreatorRow;
import dev.sellerworkbench.ui.creators.FindCreatorsView;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/// The Find Creators search box speaks the search language (docs/search-language.md): a typed
/// query sets the filter controls, a changed control rewrites the query, and an unreadable query
/// marks the box with its column.
@ExtendWith(ApplicationExtension.class)
class FindCreatorsSearchLanguageTest {

    static Workspace workspace;

    @BeforeAll
    static void createDemo() throws Exception {
        workspace = UiTestSupport.demoWorkspace(600);
    }

    @AfterAll
    static void closeDemo() {
        CreatorSearches.forget(workspace);
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        App.applyTheme(false);
        FindCreatorsView view = new FindCreatorsView(UiTestSupport.context(workspace, Locale.ENGLISH));
        stage.setScene(new Scene(view.root(), 1300, 800));
        stage.show();
        view.activate();
    }

    @SuppressWarnings("unchecked")
    static <T extends Node> T find(FxRobot robot, String query) {
        return (T) robot.lookup(query).query();
    }

    static void settle() {
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void clear(FxRobot robot) {
        robot.clickOn("#clearFilters");
        settle();
    }

    @Test
    void typingAQuerySetsTheFilterControls(FxRobot robot) {
        clear(robot);
        String query = "level:3-5 region:VN female:60+ age:18-24:30+ sort:views followers:10k..";
        robot.clickOn("#searchText").write(query);
        settle();

        CheckComboBox<Integer> levels = find(robot, "#levels");
        assertEquals(List.of(3, 4, 5), levels.getCheckModel().getCheckedItems().stream().sorted().toList());
        assertEquals(Region.VN, ((ComboBox<?>) find(robot, "#region")).getValue());
        assertEquals(AudienceMode.AT_LEAST, ((ComboBox<?>) find(robot, "#genderMode")).getValue());
        assertEquals(Gender.FEMALE, ((ComboBox<?>) find(robot, "#gender")).getValue());
        assertEquals(60, ((Spinner<?>) find(robot, "#genderPercent")).getValue());
        assertEquals(AudienceMode.AT_LEAST, ((ComboBox<?>) find(robot, "#ageMode")).getValue());
        assertEquals(30, ((Spinner<?>) find(robot, "#agePercent")).getValue());
        assertEquals(Sort.AVG_VIEWS, ((ComboBox<?>) find(robot, "#sort")).getValue());
        assertEquals("10000", ((TextField) find(robot, "#followersMin")).getText());
        TableView<CreatorRow> table = find(robot, "#table");
        int expected = CreatorSearches.of(workspace).search(SearchLanguage.parse(query).query(), Progress.NONE).total();
        assertEquals(expected + " creators", ((Label) find(robot, "#summary")).getText());
        assertEquals(Math.min(expected, 100), table.getItems().size());
        assertEquals(query, ((TextField) find(robot, "#searchText")).getText(), "the typed text is kept as typed");
    }

    @Test
    void changingAControlRewritesTheQuery(FxRobot robot) {
        clear(robot);
        ComboBox<Region> region = find(robot, "#region");
        CheckComboBox<Integer> levels = find(robot, "#levels");
        robot.interact(() -> {
            region.setValue(Region.ID);
            levels.getCheckModel().check(Integer.valueOf(4));
            levels.getCheckModel().check(Integer.valueOf(5));
        });
        settle();
        assertEquals("region:ID level:4-5", ((TextField) find(robot, "#searchText")).getText());

        ComboBox<Sort> sort = find(robot, "#sort");
        robot.interact(() -> sort.setValue(Sort.GMV));
        settle();
        assertEquals("region:ID level:4-5 sort:gmv", ((TextField) find(robot, "#searchText")).getText());
    }

    @Test
    void anUnreadableQueryMarksTheBoxAndLeavesTheFiltersAlone(FxRobot robot) {
        clear(robot);
        TextField box = find(robot, "#searchText");
        // set at once, as a paste would: typed key by key, "region:VN" would read (and apply) on its own
        robot.interact(() -> box.setText("region:VN level:x"));
        settle();
        Label message = find(robot, "#queryError");
        assertTrue(box.getStyleClass().contains("query-error"));
        assertTrue(message.isVisible());
        assertTrue(message.getText().startsWith("Column 17:"), message.getText());
        assertEquals(null, ((ComboBox<?>) find(robot, "#region")).getValue(), "nothing of a broken query is applied");

        robot.clickOn("#searchText").type(javafx.scene.input.KeyCode.END).eraseText(1).write("4");
        settle();
        assertFalse(box.getStyleClass().contains("query-error"));
        assertFalse(message.isVisible());
        assertEquals(Region.VN, ((ComboBox<?>) find(robot, "#region")).getValue());
    }
}
