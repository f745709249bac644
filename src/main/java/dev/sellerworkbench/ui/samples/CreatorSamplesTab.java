package dev.sellerworkbench.ui.samples;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.ui.AppContext;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// The Samples tab beside Find Creators' result: the chosen creator's samples (product, status,
/// delivery, what each earned) and a line to add one. Follows the creator the detail shows.
public final class CreatorSamplesTab {

    private final CreatorSamplesViewModel viewModel;
    private final Tab tab;

    public CreatorSamplesTab(AppContext context, ObservableValue<Creator> creator) {
        this.viewModel = new CreatorSamplesViewModel(context.workspace(), context.services().samples(), context.tasks(),
                context.messages(), context.formats());
        var messages = context.messages();
        TableView<SampleRow> table = new TableView<>(viewModel.rows());
        table.setId("creatorSamples");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("samples.empty")));
        table.getColumns().add(column(messages.get("samples.col.product"), SampleRow::product, 120));
        table.getColumns().add(column(messages.get("samples.col.status"), SampleRow::status, 90));
        table.getColumns().add(column(messages.get("samples.col.delivered"), SampleRow::delivered, 100));
        table.getColumns().add(column(messages.get("samples.col.gmv"), SampleRow::earnedGmv, 90));
        table.getColumns().add(column(messages.get("samples.col.commission"), SampleRow::earnedCommission, 90));
        VBox.setVgrow(table, Priority.ALWAYS);
        ComboBox<Product> product = new ComboBox<>(viewModel.products());
        product.setId("creatorSampleProduct");
        product.setPromptText(messages.get("samples.add.product"));
        product.setPrefWidth(180);
        product.setCellFactory(list -> cell(Product::title));
        product.setButtonCell(cell(Product::title));
        product.valueProperty().bindBidirectional(viewModel.productProperty());
        TextField cost = new TextField();
        cost.setId("creatorSampleCost");
        cost.setPromptText(messages.get("samples.add.cost"));
        cost.setPrefColumnCount(7);
        cost.textProperty().bindBidirectional(viewModel.costProperty());
        Button add = new Button(messages.get("samples.add.button"));
        add.setId("creatorSampleAdd");
        add.disableProperty().bind(product.valueProperty().isNull());
        add.setOnAction(e -> viewModel.add());
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("muted");
        message.textProperty().bind(viewModel.messageProperty());
        // the tab takes the width the side pane gives it: the table scrolls, the rest wraps
        table.setMinWidth(0);
        message.setMinWidth(0);
        VBox box = new VBox(6, table, new FlowPane(6, 6, product, cost, add), message);
        box.setMinWidth(0);
        box.setPadding(new Insets(8));
        tab = new Tab(messages.get("samples.tab"), box);
        tab.setId("samplesTab");
        tab.setClosable(false);
        creator.addListener((obs, old, now) -> {
            if (tab.isSelected()) {
                viewModel.show(now);
            }
        });
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                viewModel.show(creator.getValue());
            }
        });
    }

    private static TableColumn<SampleRow, String> column(String title, Function<SampleRow, String> value, double width) {
        TableColumn<SampleRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        text(column, value::apply);
        return column;
    }

    private static javafx.scene.control.ListCell<Product> cell(Function<Product, String> name) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Product item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
    }

    public Tab tab() {
        return tab;
    }

    public CreatorSamplesViewModel viewModel() {
        return viewModel;
    }
}
