package dev.sellerworkbench.ui.insights;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/// The Insights screen.
public final class InsightsView implements Screen {

    @FXML
    private Label period;
    @FXML
    private TableView<TotalsRow> table;
    @FXML
    private TableColumn<TotalsRow, String> currencyColumn;
    @FXML
    private TableColumn<TotalsRow, String> ordersColumn;
    @FXML
    private TableColumn<TotalsRow, String> itemsColumn;
    @FXML
    private TableColumn<TotalsRow, String> gmvColumn;
    @FXML
    private TableColumn<TotalsRow, String> commissionColumn;
    @FXML
    private TableColumn<TotalsRow, String> refundedColumn;

    private final InsightsViewModel viewModel;
    private final Parent root;

    public InsightsView(AppContext context) {
        this.viewModel = new InsightsViewModel(context);
        this.root = Fxml.load(this, "Insights.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        period.textProperty().bind(viewModel.periodProperty());
        table.setItems(viewModel.totals());
        text(currencyColumn, TotalsRow::currency);
        text(ordersColumn, TotalsRow::orders);
        text(itemsColumn, TotalsRow::items);
        text(gmvColumn, TotalsRow::gmv);
        text(commissionColumn, TotalsRow::commission);
        text(refundedColumn, TotalsRow::refunded);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        viewModel.load();
    }
}
