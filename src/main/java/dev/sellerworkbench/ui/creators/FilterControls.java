package dev.sellerworkbench.ui.creators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import javafx.util.StringConverter;

/// Small bindings the Find Creators view repeats: choice boxes whose null means "any", and text
/// fields that reach the view-model only after the user pauses typing.
final class FilterControls {

    /// Typing is debounced so each key does not start a search of its own.
    static final Duration DEBOUNCE = Duration.millis(150);

    private FilterControls() {
    }

    /// A combo box over `values` (with null first when `anyLabel` is given) bound both ways to `property`.
    static <T> void choice(ComboBox<T> box, List<T> values, ObjectProperty<T> property, Function<T, String> label,
                           String anyLabel) {
        List<T> items = new ArrayList<>();
        if (anyLabel != null) {
            items.add(null);
        }
        items.addAll(values);
        box.getItems().setAll(items);
        Function<T, String> text = value -> value == null ? (anyLabel == null ? "" : anyLabel) : label.apply(value);
        box.setCellFactory(list -> cell(text));
        box.setButtonCell(cell(text));
        box.setConverter(converter(text));
        box.valueProperty().bindBidirectional(property);
    }

    static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /// Copies the field into `property` once typing pauses, and `property` into the field at once.
    static void debounced(TextField field, StringProperty property) {
        field.setText(property.get());
        PauseTransition pause = new PauseTransition(DEBOUNCE);
        pause.setOnFinished(e -> property.set(field.getText()));
        field.textProperty().addListener((o, was, now) -> {
            if (!now.equals(property.get())) {
                pause.playFromStart();
            }
        });
        field.setOnAction(e -> {
            pause.stop();
            property.set(field.getText());
        });
        property.addListener((o, was, now) -> {
            if (!now.equals(field.getText())) {
                field.setText(now);
            }
        });
    }
}
