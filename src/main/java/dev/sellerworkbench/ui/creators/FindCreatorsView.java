package dev.sellerworkbench.ui.creators;

import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import static dev.sellerworkbench.ui.common.TableColumns.text;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/// The Find Creators screen.
public final class FindCreatorsView implements Screen {

    @FXML
    private Label summary;
    @FXML
    private TableView<CreatorRow> table;
    @FXML
    private TableColumn<CreatorRow, String> handleColumn;
    @FXML
    private TableColumn<CreatorRow, String> nameColumn;
    @FXML
    private TableColumn<CreatorRow, String> levelColumn;
    @FXML
    private TableColumn<CreatorRow, String> followersColumn;
    @FXML
    private TableColumn<CreatorRow, String> viewsColumn;
    @FXML
    private TableColumn<CreatorRow, String> videosColumn;
    @FXML
    private TableColumn<CreatorRow, String> gmvColumn;
    @FXML
    private TableColumn<CreatorRow, String> engagementColumn;
    @FXML
    private TableColumn<CreatorRow, String> regionColumn;

    private final FindCreatorsViewModel viewModel;
    private final Parent root;

    public FindCreatorsView(AppContext context) {
        this.viewModel = new FindCreatorsViewModel(context);
        this.root = Fxml.load(this, "FindCreators.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(viewModel.summaryProperty());
        table.setItems(viewModel.rows());
        text(handleColumn, CreatorRow::handle);
        text(nameColumn, CreatorRow::name);
        text(levelColumn, CreatorRow::level);
        text(followersColumn, CreatorRow::followers);
        text(viewsColumn, CreatorRow::avgViews);
        text(videosColumn, CreatorRow::videos);
        text(gmvColumn, CreatorRow::gmv);
        text(engagementColumn, CreatorRow::engagement);
        text(regionColumn, CreatorRow::region);
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
