package dev.sellerworkbench.ui.plans;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/// The Plans screen.
public final class PlansView implements Screen {

    @FXML
    private TableView<PlanRow> table;
    @FXML
    private TableColumn<PlanRow, String> typeColumn;
    @FXML
    private TableColumn<PlanRow, String> nameColumn;
    @FXML
    private TableColumn<PlanRow, String> statusColumn;
    @FXML
    private TableColumn<PlanRow, String> productsColumn;
    @FXML
    private TableColumn<PlanRow, String> creatorsColumn;
    @FXML
    private TableColumn<PlanRow, String> editedColumn;

    private final PlansViewModel viewModel;
    private final Parent root;

    public PlansView(AppContext context) {
        this.viewModel = new PlansViewModel(context);
        this.root = Fxml.load(this, "Plans.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.rows());
        text(typeColumn, PlanRow::type);
        text(nameColumn, PlanRow::name);
        text(statusColumn, PlanRow::status);
        text(productsColumn, PlanRow::products);
        text(creatorsColumn, PlanRow::creators);
        text(editedColumn, PlanRow::lastEdit);
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
