package dev.sellerworkbench.ui.insights;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.common.Fxml;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/// The plan performance tab: the per-plan table and GMV per day in a line chart.
final class PlansPane {

    @FXML private ComboBox<String> chartCurrency;
    @FXML private Button exportPlans;
    @FXML private TableView<PlanPerformanceRow> planTable;
    @FXML private TableColumn<PlanPerformanceRow, String> planNameColumn;
    @FXML private TableColumn<PlanPerformanceRow, String> planTypeColumn;
    @FXML private TableColumn<PlanPerformanceRow, String> planCurrencyColumn;
    @FXML private TableColumn<PlanPerformanceRow, String> planGmvColumn;
    @FXML private TableColumn<PlanPerformanceRow, String> planOrdersColumn;
    @FXML private TableColumn<PlanPerformanceRow, String> planCommissionColumn;
    @FXML private TableColumn<PlanPerformanceRow, String> planSellingColumn;
    @FXML private TableColumn<PlanPerformanceRow, String> planInvitedColumn;
    @FXML private TableColumn<PlanPerformanceRow, String> planJoinedColumn;
    @FXML private TableColumn<PlanPerformanceRow, String> planConversionColumn;
    @FXML private LineChart<String, Number> planChart;

    private final InsightsViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    PlansPane(InsightsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = Fxml.load(this, "InsightsPlans.fxml", messages);
    }

    @FXML
    private void initialize() {
        PlanPerformanceViewModel plans = viewModel.plans();
        planTable.setItems(plans.rows());
        text(planNameColumn, PlanPerformanceRow::plan);
        text(planTypeColumn, PlanPerformanceRow::type);
        text(planCurrencyColumn, PlanPerformanceRow::currency);
        text(planGmvColumn, PlanPerformanceRow::gmv);
        text(planOrdersColumn, PlanPerformanceRow::orders);
        text(planCommissionColumn, PlanPerformanceRow::commission);
        text(planSellingColumn, PlanPerformanceRow::creatorsSelling);
        text(planInvitedColumn, PlanPerformanceRow::invited);
        text(planJoinedColumn, PlanPerformanceRow::joined);
        text(planConversionColumn, PlanPerformanceRow::conversion);
        chartCurrency.setItems(plans.currencies());
        chartCurrency.valueProperty().bindBidirectional(plans.chartCurrencyProperty());
        plans.series().addListener((ListChangeListener<PlanPerformanceViewModel.Series>) change -> drawChart());
        ExportChooser.bind(exportPlans, "insights-plans", viewModel::plansTable, viewModel, messages);
    }

    private void drawChart() {
        planChart.getData().setAll(viewModel.plans().series().stream().map(s -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            s.points().forEach(p -> series.getData().add(new XYChart.Data<>(p.day(), p.value())));
            return series;
        }).toList());
    }

    Parent root() {
        return root;
    }
}
