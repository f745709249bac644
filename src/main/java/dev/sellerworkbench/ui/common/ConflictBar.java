package dev.sellerworkbench.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/// The bar a screen shows when a colleague saved first: who changed what, with Reload and Reapply.
/// One component for every screen that saves shared data; each screen names its buttons in its own
/// FXML (`reloadText`, `reapplyText`) and binds the bar to its [ConflictModel]. Hidden, and taking
/// no room, while there is no conflict.
public final class ConflictBar extends HBox {

    @FXML
    private Label conflictText;
    @FXML
    private Button conflictReload;
    @FXML
    private Button conflictReapply;

    public ConflictBar() {
        FXMLLoader loader = new FXMLLoader(ConflictBar.class.getResource("ConflictBar.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load ConflictBar.fxml", e);
        }
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    public String getReloadText() {
        return conflictReload.getText();
    }

    public void setReloadText(String value) {
        conflictReload.setText(value);
    }

    public String getReapplyText() {
        return conflictReapply.getText();
    }

    public void setReapplyText(String value) {
        conflictReapply.setText(value);
    }

    /// Shows `model`'s conflict and runs its reload and conflictReapply.
    public void bind(ConflictModel model) {
        conflictText.textProperty().bind(model.conflictProperty());
        visibleProperty().bind(model.conflictProperty().isNotEmpty());
        conflictReload.setOnAction(e -> model.reloadAfterConflict());
        conflictReapply.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.reapplyAllowed().get(),
                model.reapplyAllowed()));
        conflictReapply.setOnAction(e -> model.reapplyAfterConflict());
    }
}
