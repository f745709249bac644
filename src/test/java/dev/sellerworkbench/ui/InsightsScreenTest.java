package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.insights.BreakdownRow;
import dev.sellerworkbench.ui.insights.RankingColumn;
import dev.sellerworkbench.ui.insights.RankingRow;
import dev.sellerworkbench.ui.insights.TotalsRow;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// J6 in the window: Insights opens on the demo workspace with totals, plans and their chart, and
/// the creator ranking re-sorts when another ranking column is chosen (R-ST-4).
@ExtendWith(ApplicationExtension.class)
class InsightsScreenTest {

    Workspace workspace;
    Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        workspace = UiTestSupport.demoWorkspace(400);
        App.applyTheme(false);
        AppContext context = UiTestSupport.context(workspace, Locale.ENGLISH);
        context.preferences().setLastScreen("INSIGHTS");
        context.preferences().put("insights.period", "LAST_30_DAYS");
        context.preferences().put("insights.ranking.rankBy", "GMV");
        MainWindowView view = new MainWindowView(context);
        scene = new Scene(view.root(), 1000, 760);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static long items(RankingRow row) {
        return Long.parseLong(row.cell(RankingColumn.ITEMS).replace(",", ""));
    }

    @Test
    void opensOnTheDemoWorkspaceWithTotalsPlansAndChart(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> totals = robot.lookup("#insightsScreen #table").query();
        TableView<?> plans = robot.lookup("#insightsScreen #planTable").query();
        LineChart<?, ?> chart = robot.lookup("#insightsScreen #planChart").query();
        Label period = robot.lookup("#insightsScreen #period").query();

        assertFalse(totals.getItems().isEmpty(), "the demo sells in several currencies");
        assertFalse(plans.getItems().isEmpty());
        assertFalse(chart.getData().isEmpty(), "GMV per day and plan");
        assertTrue(period.getText().contains("Asia/Ho_Chi_Minh"), period.getText());
        TableView<?> payDays = robot.lookup("#insightsScreen #payoutTable").query();
        Label notConfigured = robot.lookup("#insightsScreen #notConfigured").query();
        assertFalse(payDays.getItems().isEmpty(), "VN, ID and GB have after-sales periods in the demo");
        assertTrue(notConfigured.getText().contains("TH"), "Thailand has none: " + notConfigured.getText());
        UiTestSupport.snapshot(scene, "insights");
    }

    @Test
    void rankingReSortsWhenAnotherRankingColumnIsChosen(FxRobot robot) throws Exception {
        TabPane sections = robot.lookup("#insightsScreen #sections").query();
        robot.interact(() -> sections.getSelectionModel().select(1));
        TableView<RankingRow> ranking = robot.lookup("#insightsScreen #rankingTable").query();
        List<String> byGmv = ranking.getItems().stream().map(RankingRow::handle).toList();
        assertTrue(byGmv.size() > 3, "creators sold in the period");

        ComboBox<RankingColumn> rankBy = robot.lookup("#insightsScreen #rankBy").query();
        robot.interact(() -> rankBy.getSelectionModel().select(RankingColumn.ITEMS));
        WaitForAsyncUtils.waitForFxEvents();

        List<RankingRow> rows = List.copyOf(ranking.getItems());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(items(rows.get(i - 1)) >= items(rows.get(i)), "ranked by items sold at row " + i);
        }
        assertNotEquals(byGmv, rows.stream().map(RankingRow::handle).toList());

        robot.interact(() -> ranking.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Label detail = robot.lookup("#insightsScreen #detail").query();
        assertTrue(detail.getText().startsWith(rows.get(0).handle()), detail.getText());
        assertEquals(rows.get(0).handle(), ranking.getSelectionModel().getSelectedItem().handle());
        UiTestSupport.snapshot(scene, "insights-ranking");
    }

    /// Item 7 of the data compass: sales by product and by content type, one currency at a time
    /// (R-ST-6): every row is in the picked currency, and picking another shows that one's rows.
    @Test
    void productsAndContentShowOneCurrencyAtATime(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TabPane sections = robot.lookup("#insightsScreen #sections").query();
        robot.interact(() -> sections.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> currency = robot.lookup("#insightsScreen #breakdownCurrency").query();
        TableView<BreakdownRow> products = robot.lookup("#insightsScreen #productTable").query();
        TableView<BreakdownRow> content = robot.lookup("#insightsScreen #contentTable").query();
        TableView<TotalsRow> totals = robot.lookup("#insightsScreen #table").query();

        assertEquals(totals.getItems().getFirst().currency(), currency.getValue(), "the currency with most orders first");
        assertTrue(currency.getItems().size() > 1, "the demo sells in several currencies");
        for (String picked : List.of(currency.getItems().get(0), currency.getItems().get(1))) {
            robot.interact(() -> currency.setValue(picked));
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(products.getItems().isEmpty(), picked);
            assertTrue(products.getItems().stream().allMatch(r -> r.currency().equals(picked)), picked);
            assertTrue(content.getItems().stream().allMatch(r -> r.currency().equals(picked)), picked);
            // content types by name (the demo writes "Video", "LIVE", "Showcase"), products by title
            assertTrue(content.getItems().stream().map(BreakdownRow::name).allMatch(
                    n -> List.of("Video", "LIVE", "Showcase").contains(n)), content.getItems().toString());
            assertTrue(products.getItems().stream().noneMatch(r -> r.name().matches("\\d+")), "names, not ids");
        }
    }
}
