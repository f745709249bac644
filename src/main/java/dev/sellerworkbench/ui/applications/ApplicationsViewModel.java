package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.commission.Resolution;
import dev.sellerworkbench.commission.Rule;
import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.queue.Decision;
import dev.sellerworkbench.queue.DecisionOutcome;
import dev.sellerworkbench.queue.QueueException;
import dev.sellerworkbench.search.TargetAudience;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.ConflictModel;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.Clock;
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
/// decisions on the selected rows in one transaction, undo of the last decision or of any one
/// application's decision of the last minutes, and notes on applications in any state.
public final class ApplicationsViewModel implements ConflictModel {

    /// The most rows one tab reads; a tab with more says so (see [#cappedProperty()]).
    static final int PAGE = 5_000;
    /// How long each decision stays in the "recent decisions" list, where it can be undone alone.
    static final Duration RECENT_FOR = Duration.ofMinutes(15);

    /// One application's part in a recent decision, undoable by itself (J1 step 4).
    public record RecentDecision(DecisionOutcome outcome, long applicationId, String text) {
    }

    private final Workspace workspace;
    private final ApprovalQueue approvals;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
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
    private final ReadOnlyStringWrapper capped = new ReadOnlyStringWrapper("");
    private final int cap;
    private final ReadOnlyBooleanWrapper undoAvailable = new ReadOnlyBooleanWrapper(false);
    private DecisionOutcome lastOutcome;
    private final ObservableList<RecentDecision> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper("");
    private Runnable reapply;
    private final ObjectProperty<java.util.Set<Long>> reselect = new SimpleObjectProperty<>(java.util.Set.of());
    private boolean polling;
    private boolean deciding;
    private volatile String lastMark = "";

    public ApplicationsViewModel(Workspace workspace, ApprovalQueue approvals, TaskRunner tasks, Messages messages,
            Formats formats, Clock clock) {
        this(workspace, approvals, tasks, messages, formats, clock, PAGE);
    }

    /// `cap`: the most rows one tab reads (tests use a small one).
    ApplicationsViewModel(Workspace workspace, ApprovalQueue approvals, TaskRunner tasks, Messages messages,
            Formats formats, Clock clock, int cap) {
        this.workspace = workspace;
        this.approvals = approvals;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.cap = cap;
        this.queue = approvals;
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

    record Loaded(Map<ApplicationStatus, Long> counts, List<ApplicationRow> rows) {
    }

    public void load() {
        load(() -> { });
    }

    /// Loads the tab, then runs `then` on the FX thread once its rows show.
    private void load(Runnable then) {
        ApplicationStatus status = tab.get();
        BackgroundTask.of(messages.get("applications.loading"), progress -> read(status))
                .onSuccess(loaded -> {
                    loaded.counts().forEach((s, n) -> counts.get(s).set(n));
                    if (tab.get() == status) {
                        all.setAll(loaded.rows());
                        sayIfCapped(status, loaded);
                        refreshNames();
                        then.run();
                    }
                })
                .runWith(tasks);
    }

    /// Picks up colleagues' decisions (called every few seconds while the queue shows): counts
    /// move, rows decided elsewhere leave the tab, changed rows are replaced in place, and the
    /// user's selection stays on the same applications. Nothing changes when nothing changed.
    public void poll() {
        if (polling || deciding) {
            return;
        }
        polling = true;
        ApplicationStatus status = tab.get();
        BackgroundTask.of(messages.get("applications.loading"), progress -> {
                    String mark = workspace.applications().changeMark();
                    return mark.equals(lastMark) ? null : read(status);
                })
                .onSuccess(loaded -> {
                    polling = false;
                    if (loaded == null) {
                        return;
                    }
                    loaded.counts().forEach((s, n) -> counts.get(s).set(n));
                    if (tab.get() == status && !deciding) {
                        merge(loaded.rows());
                        sayIfCapped(status, loaded);
                    }
                })
                .onFailure(e -> {
                    polling = false;
                    feedback.set(dev.sellerworkbench.ui.common.ErrorText.describe(messages, e,
                            workspace.location()));
                })
                .runWith(tasks);
    }

    /// A tab holding more applications than the rows read says how many of them show; filters and
    /// sorts work on those rows only, so the user is told rather than left to think they see all.
    private void sayIfCapped(ApplicationStatus status, Loaded loaded) {
        long inTab = loaded.counts().getOrDefault(status, 0L);
        capped.set(inTab > loaded.rows().size()
                ? messages.get("applications.capped", formats.count(loaded.rows().size()),
                        formats.count(inTab))
                : "");
    }

    private void merge(List<ApplicationRow> fresh) {
        Map<Long, ApplicationRow> byId = new java.util.LinkedHashMap<>();
        fresh.forEach(r -> byId.put(r.id(), r));
        boolean same = all.size() == fresh.size() && all.stream().allMatch(r -> {
            ApplicationRow now = byId.get(r.id());
            return now != null && now.application().version() == r.application().version();
        });
        if (same) {
            return;
        }
        java.util.Set<Long> selected = selection.stream().map(ApplicationRow::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        all.removeIf(r -> !byId.containsKey(r.id()));
        for (int i = 0; i < all.size(); i++) {
            ApplicationRow now = byId.remove(all.get(i).id());
            if (now.application().version() != all.get(i).application().version()) {
                all.set(i, now);
            }
        }
        all.addAll(byId.values());
        refreshNames();
        selected.retainAll(all.stream().map(ApplicationRow::id).toList());
        reselect.set(java.util.Set.copyOf(selected));
    }

    /// The plan and product filters offer the names in the tab, and always the one chosen: a filter
    /// whose last rows were just decided keeps showing what it filters on.
    private void refreshNames() {
        replaceIfChanged(planNames, names(ApplicationRow::plan, planFilter.get()));
        replaceIfChanged(productNames, names(ApplicationRow::product, productFilter.get()));
    }

    private List<String> names(Function<ApplicationRow, String> name, String chosen) {
        TreeSet<String> names = new TreeSet<>(all.stream().map(name).toList());
        if (chosen != null) {
            names.add(chosen);
        }
        return List.copyOf(names);
    }

    private static void replaceIfChanged(ObservableList<String> list, List<String> names) {
        if (!list.equals(names)) {
            list.setAll(names);
        }
    }

    private Loaded read(ApplicationStatus status) {
        ApprovalQueue.Page page = queue.page(status, cap);
        lastMark = page.changeMark();
        List<ApplicationRow> result = new ArrayList<>();
        for (Application a : page.applications()) {
            result.add(row(a, page.creators().get(a.creatorId()), page.products().get(a.productId()),
                    page.plans().get(a.planId()), page.rates().get(a.id()), page.target(), page.expiryDays(),
                    page.reasons().get(a.id())));
        }
        return new Loaded(page.counts(), result);
    }

    private ApplicationRow row(Application a, Creator c, Product p, Plan plan, Resolution rate, TargetAudience target,
                               int expiryDays, String reason) {
        String expiresIn = "";
        if (a.status() == ApplicationStatus.PENDING) {
            Duration left = Duration.between(clock.instant(), a.appliedAt().plus(Duration.ofDays(expiryDays)));
            expiresIn = left.isNegative() ? messages.get("applications.expiresNow")
                    : messages.get("applications.expiresIn", left.toDays(), left.toHoursPart());
        }
        boolean declining = c != null && c.level() != null && c.level().declining();
        return new ApplicationRow(a,
                c == null ? "#" + a.creatorId() : c.displayHandle() + " · " + c.name(),
                c == null || c.level() == null ? "—" : c.level().label()
                        + (c.level().kind() == dev.sellerworkbench.domain.LevelKind.PROJECTED ? "*" : "")
                        + (declining ? " ↓" : ""),
                c == null ? "" : formats.compact(c.followers()),
                c == null ? "" : AudienceFit.describe(c.audience(), target, messages),
                p == null ? a.productId() : p.title(),
                plan == null ? "" : plan.name(),
                rate.earns() ? formats.percentBp(rate.rate().basisPoints())
                        + (rate.rule() == Rule.TARGETED_ACCEPTED ? " ★" : "") : "—",
                rate.withCreator(c == null ? "#" + a.creatorId() : c.displayHandle())
                        .explain(messages, formats.zone()),
                formats.dateTime(a.appliedAt()), expiresIn,
                c == null ? null : c.region(),
                c == null || c.level() == null ? null : c.level().value(),
                declining, c == null ? 0 : c.followers(), c == null ? null : c.level(),
                a.status() == ApplicationStatus.REJECTED && reason != null ? reason : "",
                a.note() == null ? "" : a.note());
    }

    /// Applies a decision to the selected rows; `note` is the optional reason.
    /// Decides on the rows as the user saw them: if a colleague changed any of them meanwhile,
    /// nothing is saved and the conflict says who did what, offering reload or reapply.
    public void decide(Decision decision, String note) {
        List<Long> ids = selection.stream().map(ApplicationRow::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, Integer> seen = selection.stream().collect(Collectors.toMap(ApplicationRow::id,
                r -> r.application().version(), (a, b) -> a));
        run(ids, seen, decision, note);
    }

    private void run(List<Long> ids, Map<Long, Integer> seen, Decision decision, String note) {
        Map<Long, String> who = selection.stream().collect(Collectors.toMap(ApplicationRow::id,
                ApplicationRow::creator, (a, b) -> a));
        deciding = true;
        conflict.set("");
        reapply = null;
        BackgroundTask.of(messages.get("applications.saving"),
                        progress -> queue.decide(ids, seen, decision, note, workspace.settings().staffName()))
                .onSuccess(outcome -> {
                    deciding = false;
                    lastOutcome = outcome;
                    remember(outcome, who, note);
                    undoAvailable.set(true);
                    feedback.set(messages.get("applications.done." + decision.name().toLowerCase(Locale.ROOT),
                            outcome.count()));
                    load();
                })
                .onFailure(e -> {
                    deciding = false;
                    if (e instanceof dev.sellerworkbench.queue.StaleDecisionException stale) {
                        conflict.set(conflictText(stale));
                        // reapplying decides on the rows as they are now, on top of the colleague's change
                        reapply = () -> run(ids, Map.of(), decision, note);
                        feedback.set("");
                        return;
                    }
                    showFailure(e);
                })
                .runWith(tasks);
    }

    private String conflictText(dev.sellerworkbench.queue.StaleDecisionException stale) {
        return stale.lastChange()
                .map(change -> messages.get("applications.conflict.by", stale.applicationId(),
                        change.actor() == null ? "?" : change.actor(),
                        messages.get("REMOVED".equals(change.toStatus()) ? "applications.conflict.statusRemoved"
                                : "applications.tab." + change.toStatus().toLowerCase(Locale.ROOT)),
                        formats.dateTime(change.at())))
                .orElse(messages.get("applications.conflict.unknown", stale.applicationId()));
    }

    /// After a conflict: show the queue as it is now and drop the user's decision.
    @Override
    public void reloadAfterConflict() {
        conflict.set("");
        reapply = null;
        load();
    }

    /// After a conflict: apply the user's decision again, on top of the colleague's change.
    @Override
    public void reapplyAfterConflict() {
        Runnable again = reapply;
        if (again != null) {
            again.run();
        }
    }

    @Override
    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /// The applications the table should select again after a poll replaced rows under it.
    public ObjectProperty<java.util.Set<Long>> reselectProperty() {
        return reselect;
    }

    private void remember(DecisionOutcome outcome, Map<Long, String> who, String note) {
        String time = formats.dateTime(outcome.at());
        String action = messages.get("applications.recent." + outcome.decision().name().toLowerCase(Locale.ROOT));
        String reason = note == null || note.isBlank() ? "" : " · " + note.trim();
        List<RecentDecision> added = new ArrayList<>();
        for (DecisionOutcome.Change change : outcome.changes()) {
            String creator = who.getOrDefault(change.applicationId(), "#" + change.applicationId());
            added.add(new RecentDecision(outcome, change.applicationId(),
                    messages.get("applications.recent.entry", action, creator, time) + reason));
        }
        recent.addAll(0, added);
        forgetOld();
    }

    /// Drops decisions older than [#RECENT_FOR] from the recent list.
    public void forgetOld() {
        Instant cutoff = clock.instant().minus(RECENT_FOR);
        recent.removeIf(r -> r.outcome().at().isBefore(cutoff));
    }

    /// Undoes one application's part in a recent decision, leaving the rest of its batch decided
    /// (J1 step 4). The queue checks the row's version, so a colleague's later change is never
    /// overwritten; the audit log keeps the decision and its undoing (R-AP-4).
    public void undo(RecentDecision one) {
        BackgroundTask.of(messages.get("applications.saving"), progress -> {
                    queue.undo(one.outcome(), one.applicationId(), workspace.settings().staffName());
                    return one;
                })
                .onSuccess(done -> {
                    recent.remove(done);
                    DecisionOutcome last = lastOutcome;
                    if (last != null) {
                        List<DecisionOutcome.Change> rest = last.changes().stream()
                                .filter(c -> c.applicationId() != done.applicationId()).toList();
                        lastOutcome = rest.isEmpty() ? null
                                : new DecisionOutcome(last.decision(), last.at(), last.actor(), rest);
                        if (lastOutcome == null) {
                            undoAvailable.set(false);
                        }
                    }
                    feedback.set(messages.get("applications.undoneOne", done.text()));
                    load();
                })
                .onFailure(e -> {
                    recent.remove(one);
                    showFailure(e);
                })
                .runWith(tasks);
    }

    /// Sets the note of one application, whatever its status, pending ones included (J1 step 5);
    /// stored and audited by the queue (R-AP-4). Written on the row as the user saw it: when a
    /// colleague changed it meanwhile, nothing is saved and the conflict says who did what.
    public void note(ApplicationRow row, String note) {
        int seen = row.application().version();
        conflict.set("");
        reapply = null;
        BackgroundTask.of(messages.get("applications.saving"),
                        progress -> queue.note(row.id(), seen, note, workspace.settings().staffName()))
                .onSuccess(version -> {
                    feedback.set(messages.get(note == null || note.isBlank()
                            ? "applications.note.cleared" : "applications.note.saved", row.creator()));
                    // the row stays selected, so the detail pane shows the note just written
                    load(() -> reselect.set(java.util.Set.of(row.id())));
                })
                .onFailure(e -> {
                    if (e instanceof dev.sellerworkbench.queue.StaleDecisionException stale) {
                        conflict.set(conflictText(stale));
                        reapply = () -> {
                            conflict.set("");
                            BackgroundTask.of(messages.get("applications.saving"),
                                            progress -> queue.note(row.id(), null, note,
                                                    workspace.settings().staffName()))
                                    .onSuccess(v -> load())
                                    .onFailure(this::showFailure)
                                    .runWith(tasks);
                        };
                        return;
                    }
                    showFailure(e);
                })
                .runWith(tasks);
    }

    /// The decisions of the last minutes, newest first, each undoable by itself.
    public ObservableList<RecentDecision> recentDecisions() {
        return recent;
    }

    /// Says that a decision key was ignored because the selection is the one a decision left,
    /// not one the user chose.
    public void remindToChoose() {
        feedback.set(messages.get("applications.keys.chooseFirst"));
    }

    /// Undoes the last decision (R-AP-4: the audit log keeps both).
    public void undo() {
        DecisionOutcome outcome = lastOutcome;
        if (outcome == null) {
            return;
        }
        BackgroundTask.of(messages.get("applications.saving"), progress -> {
                    queue.undo(outcome, workspace.settings().staffName());
                    return outcome;
                })
                .onSuccess(done -> {
                    lastOutcome = null;
                    undoAvailable.set(false);
                    java.util.Set<Long> back = done.changes().stream().map(DecisionOutcome.Change::applicationId)
                            .collect(Collectors.toSet());
                    recent.removeIf(r -> r.outcome().at().equals(done.at()) && back.contains(r.applicationId()));
                    feedback.set(messages.get("applications.undone", done.count()));
                    load();
                })
                .onFailure(this::showFailure)
                .runWith(tasks);
    }

    /// Exports every application with its decision to CSV, or XLSX when the name ends in .xlsx (R-EX-6).
    public void export(java.nio.file.Path target) {
        dev.sellerworkbench.exchange.ExportFormat format = dev.sellerworkbench.exchange.ExportFormat.forFile(target);
        BackgroundTask.of(messages.get("applications.exporting"), progress -> {
                    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(target)) {
                        return new dev.sellerworkbench.exchange.Exporter(workspace).applications(format, out);
                    }
                })
                .onSuccess(rows -> feedback.set(messages.get("applications.exported", rows, target.getFileName())))
                .onFailure(this::showFailure)
                .runWith(tasks);
    }

    /// The undo offer lapses a few seconds after the decision.
    public void expireUndo() {
        undoAvailable.set(false);
    }

    private void showFailure(Throwable e) {
        if (e instanceof QueueException q) {
            feedback.set(messages.get(q.key(), q.args()));
        } else {
            feedback.set(dev.sellerworkbench.ui.common.ErrorText.describe(messages, e, workspace.location()));
        }
        load();
    }

    public StringBinding decisionLabel(Decision decision) {
        String key = "applications.action." + decision.name().toLowerCase(Locale.ROOT);
        return Bindings.createStringBinding(() -> messages.get(key, selection.size()), selection);
    }

    public ObservableList<ApplicationRow> selection() {
        return selection;
    }

    /// "Showing the newest N of M …" when the tab holds more than it reads; empty otherwise.
    public ReadOnlyStringProperty cappedProperty() {
        return capped.getReadOnlyProperty();
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

    /// Whether `decision` can be taken now: something is selected and the tab allows it.
    public javafx.beans.binding.BooleanBinding canDecide(Decision decision) {
        return javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !selection.isEmpty() && decision.allowedOn(tab.get()), selection, tab);
    }
}
