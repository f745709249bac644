package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.commission.CommissionSnapshot;
import dev.sellerworkbench.commission.RateResolver;
import dev.sellerworkbench.commission.Resolution;
import dev.sellerworkbench.commission.Rule;
import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.queue.Decision;
import dev.sellerworkbench.queue.DecisionOutcome;
import dev.sellerworkbench.queue.QueueException;
import dev.sellerworkbench.search.TargetAudience;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/// The approval queue (R-AP-1 … R-AP-5): a tab per status with its count, filters and sorts,
/// decisions on the selected rows in one transaction, and undo of the last decision.
public final class ApplicationsViewModel {

    static final int PAGE = 5_000;

    private final AppContext context;
    private final ApprovalQueue queue;
    private final Map<ApplicationStatus, ReadOnlyLongWrapper> counts = new EnumMap<>(ApplicationStatus.class);
    private final ObjectProperty<ApplicationStatus> tab = new SimpleObjectProperty<>(ApplicationStatus.PENDING);
    private final ObservableList<ApplicationRow> all = FXCollections.observableArrayList();
    private final FilteredList<ApplicationRow> filtered = new FilteredList<>(all);
    private final SortedList<ApplicationRow> rows = new SortedList<>(filtered);
    private final ObservableList<ApplicationRow> selection = FXCollections.observableArrayList();
    private final ObservableList<String> planNames = FXCollections.observableArrayList();
    private final ObservableList<String> productNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> planFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> productFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Region> regionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> minLevel = new SimpleObjectProperty<>();
    private final BooleanProperty decliningOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<QueueSort> sort = new SimpleObjectProperty<>(QueueSort.APPLIED);
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper undoAvailable = new ReadOnlyBooleanWrapper(false);
    private DecisionOutcome lastOutcome;

    public ApplicationsViewModel(AppContext context) {
        this.context = context;
        this.queue = new ApprovalQueue(context.workspace(), context.clock());
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status, new ReadOnlyLongWrapper(0));
        }
        tab.addListener((obs, old, now) -> load());
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> row ->
                        (planFilter.get() == null || planFilter.get().equals(row.plan()))
                                && (productFilter.get() == null || productFilter.get().equals(row.product()))
                                && (regionFilter.get() == null || regionFilter.get() == row.region())
                                && (minLevel.get() == null || row.levelValue() != null && row.levelValue() >= minLevel.get())
                                && (!decliningOnly.get() || row.declining()),
                planFilter, productFilter, regionFilter, minLevel, decliningOnly));
        rows.comparatorProperty().bind(Bindings.createObjectBinding(() -> sort.get().comparator(), sort));
    }

    public void load() {
        ApplicationStatus status = tab.get();
        record Loaded(Map<ApplicationStatus, Long> counts, List<ApplicationRow> rows) {
        }
        BackgroundTask.of(context.messages().get("applications.loading"), progress -> {
                    Workspace ws = context.workspace();
                    int expiryDays = ws.settings().getInt(SettingsRepository.EXPIRY_DAYS, ApprovalQueue.DEFAULT_EXPIRY_DAYS);
                    Map<ApplicationStatus, Long> byStatus = ws.applications().countByStatus();
                    List<Application> apps = ws.applications().findByStatus(status, 0, PAGE);
                    Map<Long, Creator> creators = ws.creators()
                            .findByIds(apps.stream().map(Application::creatorId).distinct().toList()).stream()
                            .collect(Collectors.toMap(Creator::id, Function.identity()));
                    Map<String, Product> products = ws.products().findAll().stream()
                            .collect(Collectors.toMap(Product::id, Function.identity()));
                    Map<Long, Plan> plans = ws.plans().findAll().stream()
                            .collect(Collectors.toMap(Plan::id, Function.identity()));
                    RateResolver rates = new RateResolver(CommissionSnapshot.load(ws));
                    TargetAudience target = TargetAudience.of(ws);
                    Instant now = context.clock().instant();
                    List<ApplicationRow> result = new ArrayList<>();
                    for (Application a : apps) {
                        Resolution rate = rates.resolveIfApproved(a, now);
                        result.add(row(a, creators.get(a.creatorId()), products.get(a.productId()),
                                plans.get(a.planId()), rate, target, expiryDays));
                    }
                    return new Loaded(byStatus, result);
                })
                .onSuccess(loaded -> {
                    loaded.counts().forEach((s, n) -> counts.get(s).set(n));
                    if (tab.get() == status) {
                        all.setAll(loaded.rows());
                        planNames.setAll(new TreeSet<>(loaded.rows().stream().map(ApplicationRow::plan).toList()));
                        productNames.setAll(new TreeSet<>(loaded.rows().stream().map(ApplicationRow::product).toList()));
                    }
                })
                .runWith(context.tasks());
    }

    private ApplicationRow row(Application a, Creator c, Product p, Plan plan, Resolution rate, TargetAudience target,
                               int expiryDays) {
        String expiresIn = "";
        if (a.status() == ApplicationStatus.PENDING) {
            Duration left = Duration.between(context.clock().instant(), a.appliedAt().plus(Duration.ofDays(expiryDays)));
            expiresIn = left.isNegative() ? context.messages().get("applications.expiresNow")
                    : context.messages().get("applications.expiresIn", left.toDays(), left.toHoursPart());
        }
        boolean declining = c != null && c.level() != null && c.level().declining();
        return new ApplicationRow(a,
                c == null ? "#" + a.creatorId() : c.displayHandle() + " · " + c.name(),
                c == null || c.level() == null ? "—" : c.level().label()
                        + (c.level().kind() == dev.sellerworkbench.domain.LevelKind.PROJECTED ? "*" : "")
                        + (declining ? " ↓" : ""),
                c == null ? "" : context.formats().compact(c.followers()),
                c == null ? "" : AudienceFit.describe(c.audience(), target, context.messages()),
                p == null ? a.productId() : p.title(),
                plan == null ? "" : plan.name(),
                rate.earns() ? context.formats().percentBp(rate.rate().basisPoints())
                        + (rate.rule() == Rule.TARGETED_ACCEPTED ? " ★" : "") : "—",
                rate.withCreator(c == null ? "#" + a.creatorId() : c.displayHandle())
                        .explain(context.messages(), context.formats().zone()),
                context.formats().dateTime(a.appliedAt()), expiresIn,
                c == null ? null : c.region(),
                c == null || c.level() == null ? null : c.level().value(),
                declining, c == null ? 0 : c.followers(), c == null ? null : c.level());
    }

    /// Applies a decision to the selected rows; `note` is the optional reason.
    public void decide(Decision decision, String note) {
        List<Long> ids = selection.stream().map(ApplicationRow::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        BackgroundTask.of(context.messages().get("applications.saving"),
                        progress -> queue.decide(ids, decision, note, context.workspace().settings().staffName()))
                .onSuccess(outcome -> {
                    lastOutcome = outcome;
                    undoAvailable.set(true);
                    feedback.set(context.messages().get("applications.done." + decision.name().toLowerCase(Locale.ROOT),
                            outcome.count()));
                    load();
                })
                .onFailure(this::showFailure)
                .runWith(context.tasks());
    }

    /// Undoes the last decision (R-AP-4: the audit log keeps both).
    public void undo() {
        DecisionOutcome outcome = lastOutcome;
        if (outcome == null) {
            return;
        }
        BackgroundTask.of(context.messages().get("applications.saving"), progress -> {
                    queue.undo(outcome, context.workspace().settings().staffName());
                    return outcome;
                })
                .onSuccess(done -> {
                    lastOutcome = null;
                    undoAvailable.set(false);
                    feedback.set(context.messages().get("applications.undone", done.count()));
                    load();
                })
                .onFailure(this::showFailure)
                .runWith(context.tasks());
    }

    /// Exports every application with its decision to CSV, or XLSX when the name ends in .xlsx (R-EX-6).
    public void export(java.nio.file.Path target) {
        dev.sellerworkbench.exchange.ExportFormat format = target.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith(".xlsx") ? dev.sellerworkbench.exchange.ExportFormat.XLSX : dev.sellerworkbench.exchange.ExportFormat.CSV;
        BackgroundTask.of(context.messages().get("applications.exporting"), progress -> {
                    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(target)) {
                        return new dev.sellerworkbench.exchange.Exporter(context.workspace()).applications(format, out);
                    }
                })
                .onSuccess(rows -> feedback.set(context.messages().get("applications.exported", rows, target.getFileName())))
                .onFailure(this::showFailure)
                .runWith(context.tasks());
    }

    /// The undo offer lapses a few seconds after the decision.
    public void expireUndo() {
        undoAvailable.set(false);
    }

    private void showFailure(Throwable e) {
        if (e instanceof QueueException q) {
            feedback.set(context.messages().get(q.key(), q.args()));
        } else {
            feedback.set(dev.sellerworkbench.ui.common.ErrorText.describe(context.messages(), e, context.workspace().location()));
        }
        load();
    }

    public StringBinding decisionLabel(Decision decision) {
        String key = "applications.action." + decision.name().toLowerCase(Locale.ROOT);
        return Bindings.createStringBinding(() -> context.messages().get(key, selection.size()), selection);
    }

    public ObservableList<ApplicationRow> selection() {
        return selection;
    }

    public ReadOnlyLongProperty countProperty(ApplicationStatus status) {
        return counts.get(status).getReadOnlyProperty();
    }

    public ObjectProperty<ApplicationStatus> tabProperty() {
        return tab;
    }

    public SortedList<ApplicationRow> rows() {
        return rows;
    }

    public ObservableList<String> planNames() {
        return planNames;
    }

    public ObservableList<String> productNames() {
        return productNames;
    }

    public ObjectProperty<String> planFilterProperty() {
        return planFilter;
    }

    public ObjectProperty<String> productFilterProperty() {
        return productFilter;
    }

    public ObjectProperty<Region> regionFilterProperty() {
        return regionFilter;
    }

    public ObjectProperty<Integer> minLevelProperty() {
        return minLevel;
    }

    public BooleanProperty decliningOnlyProperty() {
        return decliningOnly;
    }

    public ObjectProperty<QueueSort> sortProperty() {
        return sort;
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty undoAvailableProperty() {
        return undoAvailable.getReadOnlyProperty();
    }

    public boolean decidable() {
        return tab.get() != ApplicationStatus.EXPIRED;
    }
}
