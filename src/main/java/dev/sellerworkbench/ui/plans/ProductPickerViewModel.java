package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/// The product picker shared by the editors: search by title or id, filter by category; each row
/// says Live or Revoked, which other plan of the type includes it, and why it cannot be picked.
public final class ProductPickerViewModel {

    private final Messages messages;
    private final ObservableList<ProductChoice> all = FXCollections.observableArrayList();
    private final FilteredList<ProductChoice> shown = new FilteredList<>(all);
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    ProductPickerViewModel(List<ProductChoice> choices, Messages messages) {
        this.messages = messages;
        all.setAll(choices);
        TreeSet<String> names = new TreeSet<>();
        choices.forEach(c -> names.add(c.product().category()));
        categories.add(messages.get("plans.picker.allCategories"));
        categories.addAll(names);
        category.set(categories.getFirst());
        search.addListener((obs, old, now) -> refilter());
        category.addListener((obs, old, now) -> refilter());
    }

    private void refilter() {
        String text = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        String cat = category.get();
        boolean anyCategory = cat == null || cat.equals(categories.getFirst());
        shown.setPredicate(c -> (anyCategory || c.product().category().equals(cat))
                && (text.isEmpty() || c.product().title().toLowerCase(Locale.ROOT).contains(text)
                || c.product().id().toLowerCase(Locale.ROOT).contains(text)));
    }

    /// The pickable products among `selected`; names those refused and why in [#messageProperty()].
    List<Product> pick(List<ProductChoice> selected) {
        List<Product> picked = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (ProductChoice choice : selected) {
            if (choice.pickable()) {
                picked.add(choice.product());
            } else {
                refused.add(messages.get("plans.picker.refused", choice.product().title(), choice.whyNot()));
            }
        }
        message.set(String.join("\n", refused));
        return picked;
    }

    public ObservableList<ProductChoice> rows() {
        return shown;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
