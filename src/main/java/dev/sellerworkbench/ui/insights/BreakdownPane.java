package dev.sellerworkbench.ui.insights;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/// The products and content tab: sales per product above, per content type below, in the
/// currency picked (R-ST-6).
final class BreakdownPane {

    @FXML private ComboBox<String> breakdownCurrency;
    @FXML private Button exportProducts;
    @FXML private Button exportContent;
    @FXML private TableView<BreakdownRow> productTable;
    @FXML private TableView<BreakdownRow> contentTable;
    @FXML private Button exportContentIds;
    @FXML private TableView<ContentIdRow> contentIdTable;

    private final InsightsViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    BreakdownPane(InsightsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = Fxml.load(this, "InsightsBreakdown.fxml", messages);
    }

    @FXML
    private void initialize() {
        BreakdownViewModel breakdown = viewModel.breakdown();
        breakdownCurrency.setItems(breakdown.currencies());
        breakdownCurrency.valueProperty().bindBidirectional(breakdown.currencyProperty());
        columns(productTable);
        columns(contentTable);
        productTable.setItems(breakdown.products());
        contentTable.setItems(breakdown.content());
        ExportChooser.bind(exportProducts, "insights-products", breakdown::productsTable, viewModel, messages);
        ExportChooser.bind(exportContent, "insights-content", breakdown::contentTable, viewModel, messages);
        contentIds(contentIdTable);
        contentIdTable.setItems(breakdown.contentIds());
        ExportChooser.bind(exportContentIds, "insights-content-ids", breakdown::contentIdsTable, viewModel, messages);
    }

    @SuppressWarnings("unchecked")
    private static void columns(TableView<BreakdownRow> table) {
        var c = table.getColumns();
        text((TableColumn<BreakdownRow, String>) c.get(0), BreakdownRow::name);
        text((TableColumn<BreakdownRow, String>) c.get(1), BreakdownRow::gmv);
        text((TableColumn<BreakdownRow, String>) c.get(2), BreakdownRow::orders);
        text((TableColumn<BreakdownRow, String>) c.get(3), BreakdownRow::items);
        text((TableColumn<BreakdownRow, String>) c.get(4), BreakdownRow::commission);
        text((TableColumn<BreakdownRow, String>) c.get(5), BreakdownRow::creatorsSelling);
        text((TableColumn<BreakdownRow, String>) c.get(6), BreakdownRow::refunded);
    }

    @SuppressWarnings("unchecked")
    private static void contentIds(TableView<ContentIdRow> table) {
        var c = table.getColumns();
        text((TableColumn<ContentIdRow, String>) c.get(0), ContentIdRow::contentId);
        text((TableColumn<ContentIdRow, String>) c.get(1), ContentIdRow::contentType);
        text((TableColumn<ContentIdRow, String>) c.get(2), ContentIdRow::creator);
        text((TableColumn<ContentIdRow, String>) c.get(3), ContentIdRow::gmv);
        text((TableColumn<ContentIdRow, String>) c.get(4), ContentIdRow::orders);
        text((TableColumn<ContentIdRow, String>) c.get(5), ContentIdRow::commission);
    }

    Parent root() {
        return root;
    }
}
