package dev.sellerworkbench.ui.settings;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/// Settings → Category names: the view of [CategoryNamesViewModel].
public final class CategoryNamesPane {

    @FXML private TableView<CategoryNamesViewModel.Row> categoryTable;
    @FXML private TableColumn<CategoryNamesViewModel.Row, String> categoryId;
    @FXML private TableColumn<CategoryNamesViewModel.Row, String> categoryCreators;
    @FXML private TableColumn<CategoryNamesViewModel.Row, String> categoryShipped;
    @FXML private TableColumn<CategoryNamesViewModel.Row, String> categoryOwn;
    @FXML private TextField categoryName;
    @FXML private ComboBox<String> categoryLanguage;
    @FXML private Button saveCategory;
    @FXML private Button resetCategory;
    @FXML private Label categoryStatus;

    private final CategoryNamesViewModel viewModel;
    private final Parent root;

    public CategoryNamesPane(AppContext context) {
        this.viewModel = new CategoryNamesViewModel(context.workspace(), context.services().categories(), context.tasks(),
                context.messages(), context.formats(), context.clock());
        this.root = Fxml.load(this, "CategoryNames.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        categoryTable.setItems(viewModel.rows());
        text(categoryId, CategoryNamesViewModel.Row::id);
        text(categoryCreators, CategoryNamesViewModel.Row::creators);
        text(categoryShipped, CategoryNamesViewModel.Row::shippedName);
        text(categoryOwn, CategoryNamesViewModel.Row::ownName);
        categoryTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (categoryTable.getSelectionModel().getSelectedItem() != now) {
                categoryTable.getSelectionModel().select(now);
            }
        });
        categoryName.textProperty().bindBidirectional(viewModel.nameProperty());
        categoryLanguage.getItems().setAll(viewModel.languages());
        categoryLanguage.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return viewModel.languageName(tag);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        categoryLanguage.valueProperty().bindBidirectional(viewModel.languageProperty());
        saveCategory.disableProperty().bind(viewModel.canSaveBinding().not());
        saveCategory.setOnAction(e -> viewModel.save());
        categoryName.setOnAction(e -> viewModel.save());
        resetCategory.disableProperty().bind(viewModel.selectedProperty().isNull());
        resetCategory.setOnAction(e -> viewModel.reset());
        categoryStatus.textProperty().bind(viewModel.statusProperty());
    }

    public Parent root() {
        return root;
    }

    public CategoryNamesViewModel viewModel() {
        return viewModel;
    }

    /// The pane is shown: read the ids and names as they stand.
    public void activate() {
        viewModel.load();
    }
}
