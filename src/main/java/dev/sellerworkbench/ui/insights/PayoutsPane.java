package dev.sellerworkbench.ui.insights;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/// The payout calendar tab: commission per pay day and currency, and the order lines of the day picked.
final class PayoutsPane {

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

    PayoutsPane(InsightsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = Fxml.load(this, "InsightsPayouts.fxml", messages);
    }

    @FXML
    private void initialize() {
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
        ExportChooser.bind(exportPayouts, "insights-payouts", viewModel::payoutsTable, viewModel, messages);
    }

    Parent root() {
        return root;
    }
}
