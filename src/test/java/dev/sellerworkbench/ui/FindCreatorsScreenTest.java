package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.SavedList;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.CreatorQuery.Sort;
import dev.sellerworkbench.search.CreatorQuery;
import dev.sellerworkbench.search.CreatorSearches;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.creators.CreatorRow;
import dev.sellerworkbench.ui.creators.FindCreatorsView;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/// The Find Creators screen (R-CR-3, R-CR-5, R-CR-7) on a small demo workspace.
@ExtendWith(ApplicationExtension.class)
class FindCreatorsScreenTest {

    static Workspace workspace;
    Scene scene;

    @BeforeAll
    static void createDemo() throws Exception {
        workspace = UiTestSupport.demoWorkspace(2_000);
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
        scene = new Scene(view.root(), 1300, 800);
        stage.setScene(scene);
        stage.show();
        view.activate();
    }

    @SuppressWarnings("unchecked")
    static <T extends Node> T find(FxRobot robot, String query) {
        return (T) robot.lookup(query).query();
    }

    TableView<CreatorRow> table(FxRobot robot) {
        return find(robot, "#table");
    }

    static void settle() {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void levelsThreeAndFourWithAtLeastHundredThousandFollowersShowOnlyMatchingRows(FxRobot robot) {
        CheckComboBox<Integer> levels = find(robot, "#levels");
        robot.interact(() -> {
            levels.getCheckModel().check(Integer.valueOf(3));
            levels.getCheckModel().check(Integer.valueOf(4));
        });
        robot.clickOn("#followersMin").write("100000");
        settle();

        List<CreatorRow> rows = table(robot).getItems();
        assertEquals("100000", ((javafx.scene.control.TextField) find(robot, "#followersMin")).getText());
        assertFalse(rows.isEmpty());
        for (CreatorRow row : rows) {
            Creator c = row.creator();
            assertTrue(c.level() != null && (c.level().value() == 3 || c.level().value() == 4), row.handle());
            assertTrue(c.followers() >= 100_000, row.handle());
        }
        int expected = CreatorSearches.of(workspace).search(CreatorQuery.builder().levels(3, 4)
                .followers(100_000L, null).build(), Progress.NONE).total();
        assertEquals(expected, rows.size());
        assertEquals(expected + " creators", ((Label) find(robot, "#summary")).getText());
    }

    @Test
    void sortingByAverageViewsOrdersTheRows(FxRobot robot) {
        ComboBox<Sort> sort = find(robot, "#sort");
        robot.interact(() -> sort.setValue(Sort.AVG_VIEWS));
        settle();
        List<Long> views = table(robot).getItems().stream().map(r -> r.creator().avgViews()).toList();
        assertTrue(views.size() > 1);
        for (int i = 1; i < views.size(); i++) {
            assertTrue(views.get(i - 1) >= views.get(i), "descending at " + i);
        }

        robot.clickOn("#ascending");
        settle();
        List<Long> ascending = table(robot).getItems().stream().map(r -> r.creator().avgViews()).toList();
        for (int i = 1; i < ascending.size(); i++) {
            assertTrue(ascending.get(i - 1) <= ascending.get(i), "ascending at " + i);
        }
    }

    @Test
    void twoSelectedCreatorsAreSavedToANewList(FxRobot robot) {
        TableView<CreatorRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().selectIndices(0, 1));
        List<Long> chosen = table.getSelectionModel().getSelectedItems().stream().map(CreatorRow::id).toList();
        robot.clickOn("Lists");
        robot.clickOn("#listName").write("Shortlist");
        robot.clickOn("#createList");
        WaitForAsyncUtils.waitForFxEvents();

        SavedList list = workspace.savedLists().all().stream().filter(l -> l.name().equals("Shortlist")).findFirst()
                .orElseThrow();
        assertEquals(chosen.stream().sorted().toList(), workspace.savedLists().members(list.id()).stream().sorted().toList());
        assertEquals("List Shortlist created with 2 creators.", ((Label) find(robot, "#listMessage")).getText());
    }

    /// Basis points as the detail pane writes a share: "62.5%".
    static String percent(int basisPoints) {
        return java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }

    @Test
    void detailPaneShowsTheSelectedCreatorsAudience(FxRobot robot) throws Exception {
        TableView<CreatorRow> table = table(robot);
        // before a creator is chosen: what to do, and no empty charts
        robot.interact(() -> table.getSelectionModel().clearSelection());
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = find(robot, "#detailEmpty");
        assertTrue(hint.isVisible() && hint.getText().startsWith("Click a creator in the table"), hint.getText());
        assertFalse(find(robot, "#creatorDetail").isVisible(), "no charts before a creator is chosen");

        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        WaitForAsyncUtils.waitForFxEvents();
        Creator creator = table.getItems().get(0).creator();

        Label title = find(robot, "#detailTitle");
        assertTrue(title.getText().startsWith(creator.displayHandle()), title.getText());
        PieChart gender = find(robot, "#genderChart");
        assertEquals(3, gender.getData().size());
        assertEquals(creator.audience().shareOf(Gender.FEMALE) / 100.0, gender.getData().get(0).getPieValue(), 0.001);
        BarChart<String, Number> ages = find(robot, "#ageChart");
        assertEquals(5, ages.getData().get(0).getData().size());
        assertEquals(creator.audience().age18to24Bp() / 100.0,
                ages.getData().get(0).getData().get(0).getYValue().doubleValue(), 0.001);
        assertFalse(hint.isVisible());
        assertTrue(find(robot, "#creatorDetail").isVisible());
        // each slice and each bar is named with its share
        assertTrue(gender.isLegendVisible());
        assertEquals("female: " + percent(creator.audience().shareOf(Gender.FEMALE)), gender.getData().get(0).getName());
        Label ageLegend = find(robot, "#ageLegend");
        assertTrue(ageLegend.getText().startsWith(ages.getData().get(0).getData().get(0).getXValue() + ": "
                + percent(creator.audience().age18to24Bp())), ageLegend.getText());
        assertEquals(5, ageLegend.getText().split(" · ").length, ageLegend.getText());
        UiTestSupport.snapshot(scene, "find-creators-detail");
    }

    @Test
    void scrollingTowardsTheEndLoadsTheNextPage(FxRobot robot) {
        TableView<CreatorRow> table = table(robot);
        int firstPage = table.getItems().size();
        assertEquals(100, firstPage);

        robot.interact(() -> table.scrollTo(firstPage - 5));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2 * firstPage, table.getItems().size());
        assertEquals(2 * firstPage, table.getItems().stream().map(CreatorRow::id).distinct().count());
    }

    @Test
    void theContextMenuRemovesSeveralSelectedCreatorsFromAList(FxRobot robot) {
        TableView<CreatorRow> table = table(robot);
        List<Long> three = table.getItems().subList(0, 3).stream().map(CreatorRow::id).toList();
        robot.interact(() -> table.getSelectionModel().selectRange(0, 3));
        robot.clickOn("Lists");
        robot.clickOn("#listName").write("Context menu");
        robot.clickOn("#createList");
        WaitForAsyncUtils.waitForFxEvents();
        long listId = workspace.savedLists().all().stream().filter(l -> l.name().equals("Context menu")).findFirst()
                .orElseThrow().id();
        assertEquals(3, workspace.savedLists().members(listId).size());

        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(0, 1);
        });
        robot.rightClickOn(robot.lookup("#table .table-row-cell").nth(1).queryAs(Node.class));
        robot.clickOn("Remove from list");
        // the list's name also shows in the side pane, so look for it in the menu's popups only
        robot.clickOn(robot.from(robot.lookup(".context-menu").queryAll())
                .lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && "Context menu (3)".equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(three.get(2)), workspace.savedLists().members(listId));
    }
}
