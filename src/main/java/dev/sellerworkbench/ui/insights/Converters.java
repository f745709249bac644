package dev.sellerworkbench.ui.insights;

import java.util.function.Function;
import javafx.util.StringConverter;

/// Display-only converters for combo boxes and list cells.
final class Converters {

    private Converters() {
    }

    static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
