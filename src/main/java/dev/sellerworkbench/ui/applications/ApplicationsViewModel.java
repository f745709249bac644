package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.queue.Decision;
import dev.sellerworkbench.queue.DecisionOutcome;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.ConflictModel;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
    /// One application's part in a recent decision, undoable by itself (J1 step 4).
    public record RecentDecision(DecisionOutcome outcome, long applicationId, String text) {
    }

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
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
    private final QueueRows reader;
    private final QueueDecisions decisions;
    private final ObjectProperty<java.util.Set<Long>> reselect = new SimpleObjectProperty<>(java.util.Set.of());
    private boolean polling;

    public ApplicationsViewModel(Workspace workspace, ApprovalQueue approvals, TaskRunner tasks, Messages messages,
            Formats formats, Clock clock) {
        this(workspace, approvals, tasks, messages, formats, clock, PAGE);
    }

    /// `cap`: the most rows one tab reads (tests use a small one).
    ApplicationsViewModel(Workspace workspace, ApprovalQueue approvals, TaskRunner tasks, Messages messages,
            Formats formats, Clock clock, int cap) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        this.reader = new QueueRows(approvals, messages, formats, clock, cap);
        this.decisions = new QueueDecisions(workspace, approvals, tasks, messages, formats, clock, selection, tab,
                feedback, reselect, this::load);
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
        load(() -> { });
    }

    /// Loads the tab, then runs `then` on the FX thread once its rows show.
    private void load(Runnable then) {
        ApplicationStatus status = tab.get();
        BackgroundTask.of(messages.get("applications.loading"), progress -> reader.read(status))
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
        if (polling || decisions.deciding()) {
            return;
        }
        polling = true;
        ApplicationStatus status = tab.get();
        BackgroundTask.of(messages.get("applications.loading"), progress -> {
                    String mark = workspace.applications().changeMark();
                    return reader.changedSince(mark) ? reader.read(status) : null;
                })
                .onSuccess(loaded -> {
                    polling = false;
                    if (loaded == null) {
                        return;
                    }
                    loaded.counts().forEach((s, n) -> counts.get(s).set(n));
                    if (tab.get() == status && !decisions.deciding()) {
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
    private void sayIfCapped(ApplicationStatus status, QueueRows.Loaded loaded) {
        long inTab = loaded.counts().getOrDefault(status, 0L);
        capped.set(inTab > loaded.rows().size()
                ? messages.get("applications.capped", formats.count(loaded.rows().size()),
                        formats.count(inTab))
                : "");
    }

    private void merge(List<ApplicationRow> fresh) {
        java.util.Set<Long> keep = QueueRows.merge(all, fresh, selection);
        if (keep != null) {
            refreshNames();
            reselect.set(keep);
        }
    }

    /// The plan and product filters offer the names in the tab, and always the one chosen: a filter
    /// whose last rows were just decided keeps showing what it filters on.
    private void refreshNames() {
        QueueRows.offerNames(planNames, all, ApplicationRow::plan, planFilter.get());
        QueueRows.offerNames(productNames, all, ApplicationRow::product, productFilter.get());
    }

    public void decide(Decision decision, String note) {
        decisions.decide(decision, note);
    }

    @Override
    public void reloadAfterConflict() {
        decisions.reloadAfterConflict();
    }

    @Override
    public void reapplyAfterConflict() {
        decisions.reapplyAfterConflict();
    }

    @Override
    public ReadOnlyStringProperty conflictProperty() {
        return decisions.conflictProperty();
    }

    /// The applications the table should select again after a poll replaced rows under it.
    public ObjectProperty<java.util.Set<Long>> reselectProperty() {
        return reselect;
    }

    /// Says that a decision key was ignored because the selection is the one a decision left,
    /// not one the user chose.
    public void remindToChoose() {
        feedback.set(messages.get("applications.keys.chooseFirst"));
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
                .onFailure(decisions::showFailure)
                .runWith(tasks);
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

    public void forgetOld() {
        decisions.forgetOld();
    }

    public void undo(RecentDecision one) {
        decisions.undo(one);
    }

    public void note(ApplicationRow row, String note) {
        decisions.note(row, note);
    }

    public ObservableList<RecentDecision> recentDecisions() {
        return decisions.recentDecisions();
    }

    public void undo() {
        decisions.undo();
    }

    public void expireUndo() {
        decisions.expireUndo();
    }

    public StringBinding decisionLabel(Decision decision) {
        return decisions.decisionLabel(decision);
    }

    public ReadOnlyBooleanProperty undoAvailableProperty() {
        return decisions.undoAvailableProperty();
    }

    /// Whether `decision` can be taken now: something is selected and the tab allows it.
    public javafx.beans.binding.BooleanBinding canDecide(Decision decision) {
        return decisions.canDecide(decision);
    }
}
