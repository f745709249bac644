package dev.sellerworkbench.ui.settings;

import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/// The Settings screen.
public final class SettingsView implements Screen {

    @FXML
    private Label workspace;
    @FXML
    private Label schema;
    @FXML
    private TextField shopName;
    @FXML
    private TextField region;
    @FXML
    private TextField currency;
    @FXML
    private TextField timeZone;
    @FXML
    private TextField staffName;
    @FXML
    private Button save;
    @FXML
    private Label status;

    private final SettingsViewModel viewModel;
    private final Parent root;

    public SettingsView(AppContext context) {
        this.viewModel = new SettingsViewModel(context);
        this.root = Fxml.load(this, "Settings.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        workspace.textProperty().bind(viewModel.workspaceProperty());
        schema.textProperty().bind(viewModel.schemaProperty());
        shopName.textProperty().bindBidirectional(viewModel.shopNameProperty());
        region.textProperty().bindBidirectional(viewModel.regionProperty());
        currency.textProperty().bindBidirectional(viewModel.currencyProperty());
        timeZone.textProperty().bindBidirectional(viewModel.timeZoneProperty());
        staffName.textProperty().bindBidirectional(viewModel.staffNameProperty());
        status.textProperty().bind(viewModel.statusProperty());
        save.disableProperty().bind(viewModel.validProperty().not());
        save.setOnAction(e -> viewModel.save());
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
