package dev.sellerworkbench.ui.creators;

import dev.sellerworkbench.i18n.CategoryNames;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/// A category box that holds the categories as the creators hold them (platform ids among them)
/// and shows and reads them by name: the seller's from Settings, else the shipped one, else
/// "Category 601450" (R-EX-1). A name typed in is read back to its id.
final class CategoryChoices {

    private CategoryChoices() {
    }

    static void byName(ComboBox<String> box, ObservableValue<CategoryNames> names) {
        box.setConverter(converter(names.getValue()));
        // a new converter makes the box show the new names at once
        names.addListener((o, was, now) -> box.setConverter(converter(now)));
    }

    private static StringConverter<String> converter(CategoryNames names) {
        return new StringConverter<>() {
            @Override
            public String toString(String category) {
                return category == null ? "" : names.name(category);
            }

            @Override
            public String fromString(String text) {
                return text == null ? "" : names.category(text);
            }
        };
    }
}
