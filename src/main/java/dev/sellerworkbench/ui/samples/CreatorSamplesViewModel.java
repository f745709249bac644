package dev.sellerworkbench.ui.samples;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.samples.Samples;
import dev.sellerworkbench.store.SampleRepository;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The Samples tab of a creator in Find Creators: that creator's samples with what each earned
/// since delivery (R-SA-3), and adding one for a product.
public final class CreatorSamplesViewModel {

    private final AppContext context;
    private final ObservableList<SampleRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Product> products = FXCollections.observableArrayList();
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>();
    private final StringProperty cost = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Creator creator;
    private String currency = "";

    public CreatorSamplesViewModel(AppContext context) {
        this.context = context;
    }

    private record Loaded(List<SampleRepository.Listed> listed, Map<Long, SampleRepository.Earned> earned,
                          List<Product> products, String currency) {
    }

    /// Shows `selected`'s samples (none when null).
    public void show(Creator selected) {
        creator = selected;
        if (selected == null) {
            rows.clear();
            message.set(context.messages().get("samples.tab.choose"));
            return;
        }
        long creatorId = selected.id();
        boolean needProducts = products.isEmpty();
        BackgroundTask.of(context.messages().get("samples.loading"), progress -> {
                    Samples samples = context.services().samples();
                    List<SampleRepository.Listed> listed = samples.list(
                            new SampleRepository.Filter(null, null, null, creatorId, null), 0, SamplesViewModel.LIMIT);
                    return new Loaded(listed, samples.earned(listed.stream().map(l -> l.sample().id()).toList()),
                            needProducts ? context.workspace().products().findAll() : List.of(), samples.currency());
                })
                .onSuccess(loaded -> {
                    if (creator == null || creator.id() != creatorId) {
                        return; // another creator was chosen meanwhile
                    }
                    currency = loaded.currency();
                    if (needProducts) {
                        products.setAll(loaded.products());
                    }
                    rows.setAll(loaded.listed().stream().map(l -> SampleTexts.row(l, loaded.earned(), currency,
                            context.messages(), context.formats())).toList());
                    message.set(context.messages().get("samples.count", rows.size()));
                })
                .onFailure(e -> message.set(SampleTexts.failure(context.messages(), context.formats(), e,
                        context.workspace().location())))
                .runWith(context.tasks());
    }

    /// Adds a requested sample of the chosen product for the creator shown (R-SA-1).
    public void add() {
        Creator shown = creator;
        Product chosen = product.get();
        if (shown == null || chosen == null) {
            message.set(context.messages().get(shown == null ? "samples.tab.choose" : "samples.error.noProduct"));
            return;
        }
        Money amount;
        try {
            amount = SampleInput.cost(cost.get(), currency);
        } catch (NumberFormatException e) {
            message.set(context.messages().get("samples.error.cost"));
            return;
        }
        BackgroundTask.of(context.messages().get("samples.saving"), progress -> context.services().samples().add(shown.id(), chosen.id(), null, amount, null,
                        context.workspace().settings().staffName()))
                .onSuccess(id -> {
                    cost.set("");
                    show(shown);
                    message.set(context.messages().get("samples.added", shown.handle()));
                })
                .onFailure(e -> message.set(SampleTexts.failure(context.messages(), context.formats(), e,
                        context.workspace().location())))
                .runWith(context.tasks());
    }

    public ObservableList<SampleRow> rows() {
        return rows;
    }

    public ObservableList<Product> products() {
        return products;
    }

    public ObjectProperty<Product> productProperty() {
        return product;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
