package dev.sellerworkbench.ui.insights;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/// The Insights screen: the period picker and the totals, with plans, creator ranking, sales by
/// product and content, and the payout calendar in tabs, each tab its own small view over [InsightsViewModel].
public final class InsightsView implements Screen {

    @FXML private ComboBox<PeriodChoice> periodChoice;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private Button refreshButton;
    @FXML private Label period;
    @FXML private Label status;
    @FXML private Label conversion;
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
    @FXML private Tab plansTab;
    @FXML private Tab rankingTab;
    @FXML private Tab payoutsTab;
    @FXML private Tab breakdownTab;

    private final InsightsViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    public InsightsView(AppContext context) {
        this.viewModel = new InsightsViewModel(context.workspace(), context.services().settlement(),
                context.services().insights(), context.tasks(), context.messages(), context.formats(), context.clock(),
                context.preferences());
        this.messages = context.messages();
        this.root = Fxml.load(this, "Insights.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        periodChoice.getItems().setAll(PeriodChoice.values());
        periodChoice.setConverter(Converters.of(c -> messages.get(c.messageKey())));
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
        conversion.textProperty().bind(viewModel.totals().conversionProperty());
        conversion.managedProperty().bind(conversion.textProperty().isNotEmpty());
        conversion.visibleProperty().bind(conversion.textProperty().isNotEmpty());
        text(currencyColumn, TotalsRow::currency);
        text(gmvColumn, TotalsRow::gmv);
        text(ordersColumn, TotalsRow::orders);
        text(itemsColumn, TotalsRow::items);
        text(dueColumn, TotalsRow::commissionDue);
        text(paidColumn, TotalsRow::commissionPaid);
        text(refundedColumn, TotalsRow::refunded);
        text(rateColumn, TotalsRow::averageRate);
        ExportChooser.bind(exportTotals, "insights-totals", viewModel::totalsTable, viewModel, messages);

        plansTab.setContent(new PlansPane(viewModel, messages).root());
        rankingTab.setContent(new RankingPane(viewModel, messages).root());
        payoutsTab.setContent(new PayoutsPane(viewModel, messages).root());
        breakdownTab.setContent(new BreakdownPane(viewModel, messages).root());
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
