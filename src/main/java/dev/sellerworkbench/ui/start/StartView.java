package dev.sellerworkbench.ui.start;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.settings.Setting;
import dev.sellerworkbench.ui.common.Fxml;
import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/// The first start (J7): "Try the demo" or "Start my shop", and the shop's name, region, currency
/// and time zone. The same form starts a shop when leaving the demo or making a new workspace;
/// then it opens on the form, and Back cancels.
public final class StartView {

    @FXML
    private VBox choicePane;
    @FXML
    private VBox shopPane;
    @FXML
    private Button demoButton;
    @FXML
    private Button shopButton;
    @FXML
    private TextField shopName;
    @FXML
    private ComboBox<String> region;
    @FXML
    private ComboBox<String> currency;
    @FXML
    private ComboBox<String> timeZone;
    @FXML
    private Label problem;
    @FXML
    private Button backButton;
    @FXML
    private Button createButton;

    private final ShopStartViewModel viewModel;
    private final boolean withChoice;
    private final Runnable onDemo;
    private final Consumer<Map<Setting, String>> onShop;
    private final Runnable onCancel;
    private final Parent root;

    /// `withChoice`: the first start, which asks demo or shop; otherwise the shop form alone, whose
    /// Back runs `onCancel`.
    public StartView(Messages messages, boolean withChoice, Runnable onDemo, Consumer<Map<Setting, String>> onShop,
                     Runnable onCancel) {
        this.viewModel = new ShopStartViewModel(messages);
        this.withChoice = withChoice;
        this.onDemo = onDemo;
        this.onShop = onShop;
        this.onCancel = onCancel;
        this.root = Fxml.load(this, "Start.fxml", messages);
    }

    @FXML
    private void initialize() {
        region.getItems().setAll(ShopStartViewModel.regions());
        currency.getItems().setAll(ShopStartViewModel.currencies());
        timeZone.getItems().setAll(ShopStartViewModel.timeZones());
        shopName.textProperty().bindBidirectional(viewModel.shopNameProperty());
        region.valueProperty().bindBidirectional(viewModel.regionProperty());
        currency.valueProperty().bindBidirectional(viewModel.currencyProperty());
        timeZone.valueProperty().bindBidirectional(viewModel.timeZoneProperty());
        problem.textProperty().bind(viewModel.problemProperty());
        createButton.disableProperty().bind(viewModel.validProperty().not());
        demoButton.setOnAction(e -> {
            disable();
            onDemo.run();
        });
        shopButton.setOnAction(e -> showShopForm());
        backButton.setOnAction(e -> {
            if (withChoice) {
                shopPane.setVisible(false);
                choicePane.setVisible(true);
            } else {
                onCancel.run();
            }
        });
        createButton.setOnAction(e -> {
            if (viewModel.validProperty().get()) {
                disable();
                onShop.accept(viewModel.settings());
            }
        });
        if (!withChoice) {
            showShopForm();
        }
    }

    private void showShopForm() {
        choicePane.setVisible(false);
        shopPane.setVisible(true);
        shopName.requestFocus();
    }

    /// Once chosen, the work has started: a second click must not start it twice.
    private void disable() {
        root.setDisable(true);
    }

    public Parent root() {
        return root;
    }
}
