package dev.sellerworkbench.ui.plans;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.common.Fxml;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/// The product picker dialog: Esc or Cancel closes it; Add hands the pickable selection to the editor.
final class ProductPickerView {

    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<String> categoryChoice;
    @FXML
    private TableView<ProductChoice> table;
    @FXML
    private TableColumn<ProductChoice, String> titleColumn;
    @FXML
    private TableColumn<ProductChoice, String> idColumn;
    @FXML
    private TableColumn<ProductChoice, String> categoryColumn;
    @FXML
    private TableColumn<ProductChoice, String> priceColumn;
    @FXML
    private TableColumn<ProductChoice, String> statusColumn;
    @FXML
    private TableColumn<ProductChoice, String> includedColumn;
    @FXML
    private TableColumn<ProductChoice, String> noteColumn;
    @FXML
    private Label message;
    @FXML
    private Button addButton;
    @FXML
    private Button cancelButton;

    private final ProductPickerViewModel viewModel;
    private final Consumer<List<Product>> onPick;
    private final Parent root;
    private Stage stage;

    ProductPickerView(ProductPickerViewModel viewModel, Messages messages, Consumer<List<Product>> onPick) {
        this.viewModel = viewModel;
        this.onPick = onPick;
        this.root = Fxml.load(this, "ProductPicker.fxml", messages);
    }

    @FXML
    private void initialize() {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setItems(viewModel.rows());
        text(titleColumn, c -> c.product().title());
        text(idColumn, c -> c.product().id());
        text(categoryColumn, c -> c.product().category());
        text(priceColumn, ProductChoice::price);
        text(statusColumn, ProductChoice::status);
        text(includedColumn, ProductChoice::included);
        text(noteColumn, ProductChoice::note);
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        categoryChoice.setItems(viewModel.categories());
        categoryChoice.valueProperty().bindBidirectional(viewModel.categoryProperty());
        message.textProperty().bind(viewModel.messageProperty());
        cancelButton.setOnAction(e -> close());
        addButton.setOnAction(e -> add());
    }

    private void add() {
        List<Product> picked = viewModel.pick(List.copyOf(table.getSelectionModel().getSelectedItems()));
        if (!picked.isEmpty()) {
            onPick.accept(picked);
        }
        if (viewModel.messageProperty().get().isEmpty()) {
            close();
        }
    }

    void show(Window owner, String title) {
        stage = dev.sellerworkbench.ui.common.ModalDialogs.stage(owner, title, root, 1200, 600, () -> true, true);
        stage.show();
        searchField.requestFocus();
    }

    void close() {
        if (stage != null) {
            stage.close();
        }
    }
}
