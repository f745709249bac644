package dev.sellerworkbench.ui.insights;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import java.io.File;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/// The Insights screen: binds the period picker and the four sections to [InsightsViewModel].
public final class InsightsView implements Screen {

    @FXML private ComboBox<PeriodChoice> periodChoice;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private Button refreshButton;
    @FXML private Label period;
    @FXML private Label status;
    @FXML private Button exportTotals;
    @FXML private TableView<TotalsRow> table;
    @FXML private TableColumn<TotalsRow, String> currencyColumn;
    @FXML private TableColumn<TotalsRow, String> gmvColumn;
    @FXML private TableColumn<TotalsRow, String> ordersColumn;
    @FXML private TableColumn<TotalsRow, String> itemsColumn;
    @FXML private TableColumn<TotalsRow, String> dueColumn;
    @FXML private TableColumn<TotalsRow, String> paidColumn;
    @FXML private TableColumn<TotalsRow, String> refundedColumn;
    @FXML private TableColumn<TotalsRow, String> rateColumn;
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
    @FXML private ComboBox<RankingColumn> rankBy;
    @FXML private ComboBox<String> rankCurrency;
    @FXML private ToggleButton columnsButton;
    @FXML private VBox columnChooser;
    @FXML private ListView<ColumnChoice> columnList;
    @FXML private Button columnUp;
    @FXML private Button columnDown;
    @FXML private Button exportRanking;
    @FXML private TableView<RankingRow> rankingTable;
    @FXML private ScrollPane detailPane;
    @FXML private Label detail;
    @FXML private Label notConfigured;
    @FXML private Button exportPayouts;
    @FXML private TableView<PayoutDayRow> payoutTable;
    @FXML private TableColumn<PayoutDayRow, String> payDayColumn;
    @FXML private TableColumn<PayoutDayRow, String> payCurrencyColumn;
    @FXML private TableColumn<PayoutDayRow, String> payTotalColumn;
    @FXML private TableColumn<PayoutDayRow, String> payLinesColumn;
    @FXML private TableView<PayoutLineRow> payoutLines;
    @FXML private TableColumn<PayoutLineRow, String> lineOrderColumn;
    @FXML private TableColumn<PayoutLineRow, String> lineCreatorColumn;
    @FXML private TableColumn<PayoutLineRow, String> lineMarketColumn;
    @FXML private TableColumn<PayoutLineRow, String> lineAmountColumn;
    @FXML private TableColumn<PayoutLineRow, String> lineRateColumn;
    @FXML private TableColumn<PayoutLineRow, String> lineCommissionColumn;
    @FXML private TableColumn<PayoutLineRow, String> lineDeliveredColumn;
    @FXML private TableColumn<PayoutLineRow, String> lineSettledColumn;

    private final InsightsViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    public InsightsView(AppContext context) {
        this.viewModel = new InsightsViewModel(context);
        this.messages = context.messages();
        this.root = Fxml.load(this, "Insights.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        periodChoice.getItems().setAll(PeriodChoice.values());
        periodChoice.setConverter(converter(c -> messages.get(c.messageKey())));
        periodChoice.valueProperty().bindBidirectional(viewModel.choiceProperty());
        fromDate.valueProperty().bindBidirectional(viewModel.customFromProperty());
        toDate.valueProperty().bindBidirectional(viewModel.customToProperty());
        var custom = periodChoice.valueProperty().isEqualTo(PeriodChoice.CUSTOM);
        fromDate.visibleProperty().bind(custom);
        fromDate.managedProperty().bind(custom);
        toDate.visibleProperty().bind(custom);
        toDate.managedProperty().bind(custom);
        refreshButton.setOnAction(e -> viewModel.load());
        period.textProperty().bind(viewModel.periodTextProperty());
        status.textProperty().bind(viewModel.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());

        table.setItems(viewModel.totals().rows());
        text(currencyColumn, TotalsRow::currency);
        text(gmvColumn, TotalsRow::gmv);
        text(ordersColumn, TotalsRow::orders);
        text(itemsColumn, TotalsRow::items);
        text(dueColumn, TotalsRow::commissionDue);
        text(paidColumn, TotalsRow::commissionPaid);
        text(refundedColumn, TotalsRow::refunded);
        text(rateColumn, TotalsRow::averageRate);
        exportOn(exportTotals, "insights-totals", viewModel::totalsTable);

        bindPlans();
        bindRanking();
        bindPayouts();
    }

    private void bindPlans() {
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
        exportOn(exportPlans, "insights-plans", viewModel::plansTable);
    }

    private void drawChart() {
        planChart.getData().setAll(viewModel.plans().series().stream().map(s -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            s.points().forEach(p -> series.getData().add(new XYChart.Data<>(p.day(), p.value())));
            return series;
        }).toList());
    }

    private void bindRanking() {
        RankingViewModel ranking = viewModel.ranking();
        rankBy.getItems().setAll(RankingColumn.values());
        rankBy.setConverter(converter(c -> messages.get(c.messageKey())));
        rankBy.valueProperty().bindBidirectional(ranking.rankByProperty());
        rankCurrency.setItems(ranking.currencies());
        rankCurrency.valueProperty().bindBidirectional(ranking.currencyProperty());
        columnChooser.visibleProperty().bind(columnsButton.selectedProperty());
        columnChooser.managedProperty().bind(columnsButton.selectedProperty());
        columnList.setItems(ranking.choices());
        columnList.setCellFactory(CheckBoxListCell.forListView(ColumnChoice::shownProperty,
                converter(c -> messages.get(c.column().messageKey()))));
        var none = columnList.getSelectionModel().selectedItemProperty().isNull();
        columnUp.disableProperty().bind(none);
        columnDown.disableProperty().bind(none);
        columnUp.setOnAction(e -> moveColumn(-1));
        columnDown.setOnAction(e -> moveColumn(1));
        rankingTable.setItems(ranking.rows());
        ranking.shownColumns().addListener((ListChangeListener<RankingColumn>) change -> buildRankingColumns());
        buildRankingColumns();
        rankingTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> ranking.select(now));
        detail.textProperty().bind(ranking.detailProperty());
        detailPane.visibleProperty().bind(ranking.detailProperty().isNotEmpty());
        detailPane.managedProperty().bind(detailPane.visibleProperty());
        exportOn(exportRanking, "insights-creators", viewModel::rankingTable);
    }

    private void moveColumn(int delta) {
        ColumnChoice chosen = columnList.getSelectionModel().getSelectedItem();
        viewModel.ranking().move(chosen, delta);
        columnList.getSelectionModel().select(chosen);
    }

    private void buildRankingColumns() {
        TableColumn<RankingRow, String> position = new TableColumn<>("#");
        text(position, r -> String.valueOf(r.position()));
        position.setPrefWidth(45);
        TableColumn<RankingRow, String> creator = new TableColumn<>(messages.get("insights.rank.creator"));
        text(creator, RankingRow::handle);
        creator.setPrefWidth(170);
        rankingTable.getColumns().setAll(java.util.List.of(position, creator));
        for (RankingColumn column : viewModel.ranking().shownColumns()) {
            TableColumn<RankingRow, String> c = new TableColumn<>(messages.get(column.messageKey()));
            c.setId("rank-" + column.name());
            text(c, r -> r.cell(column));
            c.setPrefWidth(column.money() ? 140 : 100);
            rankingTable.getColumns().add(c);
        }
        // The order is the ranking chosen above (done in SQL over all creators), not a sort of one page.
        rankingTable.getColumns().forEach(c -> c.setSortable(false));
    }

    private void bindPayouts() {
        PayoutsViewModel payouts = viewModel.payouts();
        notConfigured.textProperty().bind(payouts.notConfiguredProperty());
        notConfigured.managedProperty().bind(notConfigured.textProperty().isNotEmpty());
        payoutTable.setItems(payouts.days());
        text(payDayColumn, PayoutDayRow::dayText);
        text(payCurrencyColumn, PayoutDayRow::currency);
        text(payTotalColumn, PayoutDayRow::totalText);
        text(payLinesColumn, PayoutDayRow::lineCount);
        payoutTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> payouts.selectedDayProperty().set(now));
        payoutLines.setItems(payouts.lines());
        text(lineOrderColumn, PayoutLineRow::orderId);
        text(lineCreatorColumn, PayoutLineRow::creator);
        text(lineMarketColumn, PayoutLineRow::region);
        text(lineAmountColumn, PayoutLineRow::amount);
        text(lineRateColumn, PayoutLineRow::rate);
        text(lineCommissionColumn, PayoutLineRow::commission);
        text(lineDeliveredColumn, PayoutLineRow::delivered);
        text(lineSettledColumn, PayoutLineRow::settled);
        exportOn(exportPayouts, "insights-payouts", viewModel::payoutsTable);
    }

    private void exportOn(Button button, String name, Supplier<ExportTable> table) {
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("insights.export.choose"));
            chooser.getExtensionFilters().setAll(
                    new FileChooser.ExtensionFilter(messages.get("insights.export.csv"), "*.csv"),
                    new FileChooser.ExtensionFilter(messages.get("insights.export.xlsx"), "*.xlsx"));
            chooser.setInitialFileName(name + ".csv");
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                boolean xlsx = chooser.getSelectedExtensionFilter() != null
                        && chooser.getSelectedExtensionFilter().getExtensions().contains("*.xlsx");
                File target = xlsx && !file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                        ? new File(file.getParentFile(), file.getName().replaceFirst("\\.csv$", "") + ".xlsx") : file;
                viewModel.export(table.get(), target.toPath());
            }
        });
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        viewModel.load();
    }

    @Override
    public void deactivate() {
        viewModel.deactivate();
    }
}
