package dev.sellerworkbench.ui.common;

import dev.sellerworkbench.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/// Loads a view's FXML beside its class with the given controller and the message bundles.
public final class Fxml {

    private Fxml() {
    }

    public static Parent load(Object controller, String file, Messages messages) {
        URL url = controller.getClass().getResource(file);
        if (url == null) {
            throw new IllegalStateException("Missing FXML " + file + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, messages);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + file, e);
        }
    }
}
