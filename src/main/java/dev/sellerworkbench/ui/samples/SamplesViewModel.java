package dev.sellerworkbench.ui.samples;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.SampleStatus;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.samples.Samples;
import dev.sellerworkbench.store.SampleRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The Samples screen's state (R-SA-1 … R-SA-3): filters by status, plan and product and the
/// overdue view (R-SA-2, days from Settings), the rows with what each sample earned, a bulk status
/// change that can be undone, and the form that adds a sample. All reads and writes run off the FX
/// thread through the context's task runner.
public final class SamplesViewModel {

    /// Rows shown at most; the filters narrow a longer list.
    static final int LIMIT = 1_000;

    private final Workspace workspace;
    private final Samples samples;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final ObjectProperty<SampleStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final ObservableList<SampleRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObservableList<Product> products = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper overdueText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<SampleStatus> moveTo = new SimpleObjectProperty<>();
    private final StringProperty carrier = new SimpleStringProperty("");
    private final StringProperty tracking = new SimpleStringProperty("");
    private final StringProperty contentRef = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper undoAvailable = new ReadOnlyBooleanWrapper();
    private final StringProperty addCreator = new SimpleStringProperty("");
    private final ObjectProperty<Product> addProduct = new SimpleObjectProperty<>();
    private final ObjectProperty<Plan> addPlan = new SimpleObjectProperty<>();
    private final StringProperty addCost = new SimpleStringProperty("");
    private final StringProperty addNote = new SimpleStringProperty("");
    private Samples.StatusOutcome lastOutcome;
    private String currency = "";
    private boolean choosing;

    public SamplesViewModel(Workspace workspace, Samples samples, TaskRunner tasks, Messages messages,
            Formats formats) {
        this.workspace = workspace;
        this.samples = samples;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        List.of(status, plan, product, overdueOnly).forEach(p -> p.addListener((o, a, b) -> reloadUnlessChoosing()));
    }

    private Samples samples() {
        return samples;
    }

    private void reloadUnlessChoosing() {
        if (!choosing) {
            load();
        }
    }

    private record Choices(List<Plan> plans, List<Product> products, int overdueDays, String currency) {
    }

    /// Loads the plans and products the filters offer and the overdue days from Settings, then the rows.
    public void activate() {
        BackgroundTask.of(messages.get("samples.loading"), progress -> {
                    Samples service = samples();
                    return new Choices(workspace.plans().findAll(), workspace.products().findAll(),
                            service.overdueDays(), service.currency());
                })
                .onSuccess(choices -> {
                    choosing = true;
                    Plan chosenPlan = plan.get();
                    Product chosenProduct = product.get();
                    plans.setAll(choices.plans());
                    products.setAll(choices.products());
                    plan.set(chosenPlan == null ? null : choices.plans().stream()
                            .filter(p -> p.id() == chosenPlan.id()).findFirst().orElse(null));
                    product.set(chosenProduct == null ? null : choices.products().stream()
                            .filter(p -> p.id().equals(chosenProduct.id())).findFirst().orElse(null));
                    choosing = false;
                    currency = choices.currency();
                    overdueText.set(messages.get("samples.filter.overdue", choices.overdueDays()));
                    load();
                })
                .runWith(tasks);
    }

    private record Loaded(List<SampleRepository.Listed> listed, Map<Long, SampleRepository.Earned> earned) {
    }

    /// Reads the samples the filters choose, with what each earned (R-SA-3).
    public void load() {
        SampleRepository.Filter filter = new SampleRepository.Filter(status.get(), plan.get() == null ? null : plan.get().id(),
                product.get() == null ? null : product.get().id(), null, null);
        boolean overdue = overdueOnly.get();
        BackgroundTask.of(messages.get("samples.loading"), progress -> {
                    Samples service = samples();
                    List<SampleRepository.Listed> listed = overdue ? service.overdue(filter, 0, LIMIT)
                            : service.list(filter, 0, LIMIT);
                    return new Loaded(listed, service.earned(listed.stream().map(l -> l.sample().id()).toList()));
                })
                .onSuccess(loaded -> {
                    rows.setAll(loaded.listed().stream().map(l -> SampleTexts.row(l, loaded.earned(), currency,
                            messages, formats)).toList());
                    summary.set(messages.get("samples.count", rows.size()));
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    /// Moves every selected sample to the chosen status in one transaction, all or none (R-SA-1),
    /// on the versions shown: a sample a colleague changed since refuses the change and names them.
    public void apply(List<SampleRow> selected) {
        SampleStatus to = moveTo.get();
        if (selected.isEmpty() || to == null) {
            feedback.set(messages.get("samples.error.nothingSelected"));
            return;
        }
        List<Long> ids = selected.stream().map(SampleRow::id).toList();
        Map<Long, Integer> seen = selected.stream().collect(Collectors.toMap(SampleRow::id, r -> r.sample().version(),
                (a, b) -> a));
        Samples.Step step = new Samples.Step(null, carrier.get(), tracking.get(), contentRef.get());
        BackgroundTask.of(messages.get("samples.saving"),
                        progress -> samples().setStatus(ids, seen, to, step, workspace.settings().staffName()))
                .onSuccess(outcome -> {
                    lastOutcome = outcome;
                    undoAvailable.set(true);
                    List.of(carrier, tracking, contentRef).forEach(p -> p.set(""));
                    feedback.set(messages.get("samples.done", outcome.changes().size(),
                            SampleTexts.status(messages, to)));
                    load();
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    /// Puts the samples of the last change back as they were.
    public void undo() {
        Samples.StatusOutcome outcome = lastOutcome;
        if (outcome == null) {
            return;
        }
        BackgroundTask.of(messages.get("samples.saving"), progress -> {
                    samples().undo(outcome, workspace.settings().staffName());
                    return outcome;
                })
                .onSuccess(done -> {
                    lastOutcome = null;
                    undoAvailable.set(false);
                    feedback.set(messages.get("samples.undone"));
                    load();
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    /// Adds a requested sample for the creator named by handle, of the chosen product (R-SA-1).
    public void add() {
        String handle = addCreator.get() == null ? "" : addCreator.get().strip().replaceFirst("^@", "");
        Product chosen = addProduct.get();
        if (handle.isEmpty() || chosen == null) {
            feedback.set(messages.get(handle.isEmpty() ? "samples.error.noCreatorGiven" : "samples.error.noProduct"));
            return;
        }
        Money cost;
        try {
            cost = SampleInput.cost(addCost.get(), currency);
        } catch (NumberFormatException e) {
            feedback.set(messages.get("samples.error.cost"));
            return;
        }
        Long planId = addPlan.get() == null ? null : addPlan.get().id();
        String note = addNote.get();
        BackgroundTask.of(messages.get("samples.saving"), progress -> {
                    String actor = workspace.settings().staffName();
                    Optional<Creator> creator = workspace.creators().findByHandle(handle);
                    if (creator.isEmpty()) {
                        return Optional.<Creator>empty();
                    }
                    samples().add(creator.get().id(), chosen.id(), planId, cost, note, actor);
                    return creator;
                })
                .onSuccess(creator -> {
                    if (creator.isEmpty()) {
                        feedback.set(messages.get("samples.error.noCreator", handle));
                        return;
                    }
                    List.of(addCreator, addCost, addNote).forEach(p -> p.set(""));
                    feedback.set(messages.get("samples.added", creator.get().handle()));
                    load();
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    private void failed(Throwable e) {
        feedback.set(SampleTexts.failure(messages, formats, e, workspace.location()));
    }

    public ObjectProperty<SampleStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    public ObjectProperty<Product> productProperty() {
        return product;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ObservableList<SampleRow> rows() {
        return rows;
    }

    public ObservableList<Plan> plans() {
        return plans;
    }

    public ObservableList<Product> products() {
        return products;
    }

    public ReadOnlyStringProperty overdueTextProperty() {
        return overdueText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<SampleStatus> moveToProperty() {
        return moveTo;
    }

    public StringProperty carrierProperty() {
        return carrier;
    }

    public StringProperty trackingProperty() {
        return tracking;
    }

    public StringProperty contentRefProperty() {
        return contentRef;
    }

    public ReadOnlyBooleanProperty undoAvailableProperty() {
        return undoAvailable.getReadOnlyProperty();
    }

    public StringProperty addCreatorProperty() {
        return addCreator;
    }

    public ObjectProperty<Product> addProductProperty() {
        return addProduct;
    }

    public ObjectProperty<Plan> addPlanProperty() {
        return addPlan;
    }

    public StringProperty addCostProperty() {
        return addCost;
    }

    public StringProperty addNoteProperty() {
        return addNote;
    }
}
