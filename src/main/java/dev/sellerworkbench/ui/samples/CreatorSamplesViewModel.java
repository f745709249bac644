package dev.sellerworkbench.ui.samples;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.samples.Samples;
import dev.sellerworkbench.store.SampleRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
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

    private final Workspace workspace;
    private final Samples samples;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<SampleRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Product> products = FXCollections.observableArrayList();
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>();
    private final StringProperty cost = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Creator creator;
    private String currency = "";

    public CreatorSamplesViewModel(Workspace workspace, Samples samples, TaskRunner tasks, Messages messages,
            Formats formats) {
        this.workspace = workspace;
        this.samples = samples;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
    }

    private record Loaded(List<SampleRepository.Listed> listed, Map<Long, SampleRepository.Earned> earned,
                          List<Product> products, String currency) {
    }

    /// Shows `selected`'s samples (none when null).
    public void show(Creator selected) {
        creator = selected;
        if (selected == null) {
            rows.clear();
            message.set(messages.get("samples.tab.choose"));
            return;
        }
        long creatorId = selected.id();
        boolean needProducts = products.isEmpty();
        BackgroundTask.of(messages.get("samples.loading"), progress -> {
                    List<SampleRepository.Listed> listed = samples.list(
                            new SampleRepository.Filter(null, null, null, creatorId, null), 0, SamplesViewModel.LIMIT);
                    return new Loaded(listed, samples.earned(listed.stream().map(l -> l.sample().id()).toList()),
                            needProducts ? workspace.products().findAll() : List.of(), samples.currency());
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
                            messages, formats)).toList());
                    message.set(messages.get("samples.count", rows.size()));
                })
                .onFailure(e -> message.set(SampleTexts.failure(messages, formats, e,
                        workspace.location())))
                .runWith(tasks);
    }

    /// Adds a requested sample of the chosen product for the creator shown (R-SA-1).
    public void add() {
        Creator shown = creator;
        Product chosen = product.get();
        if (shown == null || chosen == null) {
            message.set(messages.get(shown == null ? "samples.tab.choose" : "samples.error.noProduct"));
            return;
        }
        Money amount;
        try {
            amount = SampleInput.cost(cost.get(), currency);
        } catch (NumberFormatException e) {
            message.set(messages.get("samples.error.cost"));
            return;
        }
        BackgroundTask.of(messages.get("samples.saving"), progress -> samples.add(shown.id(), chosen.id(), null, amount,
                null,
                        workspace.settings().staffName()))
                .onSuccess(id -> {
                    cost.set("");
                    show(shown);
                    message.set(messages.get("samples.added", shown.handle()));
                })
                .onFailure(e -> message.set(SampleTexts.failure(messages, formats, e,
                        workspace.location())))
                .runWith(tasks);
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
