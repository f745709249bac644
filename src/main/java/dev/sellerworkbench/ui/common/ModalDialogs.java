package dev.sellerworkbench.ui.common;

import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/// The one way the window opens a dialog of its own: a stage over `owner` (modal to it when there
/// is one), with its title, its size, and Escape to close it when `mayClose` allows (an import
/// under way keeps its dialog open). `ownerStyles` carries the owner's stylesheets over, for a
/// dialog whose own markup brings none.
public final class ModalDialogs {

    private ModalDialogs() {
    }

    public static Stage stage(Window owner, String title, Parent root, double width, double height,
                              BooleanSupplier mayClose, boolean ownerStyles) {
        Stage stage = new Stage();
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(root, width, height);
        if (ownerStyles && owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && mayClose.getAsBoolean()) {
                stage.close();
            }
        });
        stage.setScene(scene);
        return stage;
    }
}
