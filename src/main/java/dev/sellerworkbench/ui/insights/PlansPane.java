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
    @FXML private TableView<PlanRow> planTable;
    @FXML private TableColumn<PlanRow, String> planNameColumn;
    @FXML private TableColumn<PlanRow, String> planTypeColumn;
    @FXML private TableColumn<PlanRow, String> planCurrencyColumn;
    @FXML private TableColumn<PlanRow, String> planGmvColumn;
    @FXML private TableColumn<PlanRow, String> planOrdersColumn;
    @FXML private TableColumn<PlanRow, String> planCommissionColumn;
    @FXML private TableColumn<PlanRow, String> planSellingColumn;
    @FXML private TableColumn<PlanRow, String> planInvitedColumn;
    @FXML private TableColumn<PlanRow, String> planJoinedColumn;
    @FXML private TableColumn<PlanRow, String> planConversionColumn;
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
        PlansViewModel plans = viewModel.plans();
        planTable.setItems(plans.rows());
        text(planNameColumn, PlanRow::plan);
        text(planTypeColumn, PlanRow::type);
        text(planCurrencyColumn, PlanRow::currency);
        text(planGmvColumn, PlanRow::gmv);
        text(planOrdersColumn, PlanRow::orders);
        text(planCommissionColumn, PlanRow::commission);
        text(planSellingColumn, PlanRow::creatorsSelling);
        text(planInvitedColumn, PlanRow::invited);
        text(planJoinedColumn, PlanRow::joined);
        text(planConversionColumn, PlanRow::conversion);
        chartCurrency.setItems(plans.currencies());
        chartCurrency.valueProperty().bindBidirectional(plans.chartCurrencyProperty());
        plans.series().addListener((ListChangeListener<PlansViewModel.Series>) change -> drawChart());
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
