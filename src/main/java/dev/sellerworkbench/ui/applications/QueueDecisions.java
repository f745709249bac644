package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.queue.Decision;
import dev.sellerworkbench.queue.DecisionOutcome;
import dev.sellerworkbench.queue.QueueException;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.applications.ApplicationsViewModel.RecentDecision;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The approval queue's commands on the selected rows: decide (only where the tab allows it,
/// [Decision#allowedOn]), undo the last decision or one application's part in a recent one, and
/// notes; each written on the rows as the user saw them, with the conflict bar's reload and
/// reapply when a colleague got there first (R-AP-1 … R-AP-5).
final class QueueDecisions {

    /// How long each decision stays in the "recent decisions" list, where it can be undone alone.
    static final Duration RECENT_FOR = Duration.ofMinutes(15);

    private final Workspace workspace;
    private final ApprovalQueue queue;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final ObservableList<ApplicationRow> selection;
    private final ObjectProperty<ApplicationStatus> tab;
    private final ReadOnlyStringWrapper feedback;
    private final ObjectProperty<Set<Long>> reselect;
    /// Reads the tab again, then runs the given step once its rows show.
    private final Consumer<Runnable> load;
    private final ReadOnlyBooleanWrapper undoAvailable = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<RecentDecision> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper("");
    private DecisionOutcome lastOutcome;
    private Runnable reapply;
    private boolean deciding;

    QueueDecisions(Workspace workspace, ApprovalQueue queue, TaskRunner tasks, Messages messages, Formats formats,
                   Clock clock, ObservableList<ApplicationRow> selection, ObjectProperty<ApplicationStatus> tab,
                   ReadOnlyStringWrapper feedback, ObjectProperty<Set<Long>> reselect, Consumer<Runnable> load) {
        this.workspace = workspace;
        this.queue = queue;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.selection = selection;
        this.tab = tab;
        this.feedback = feedback;
        this.reselect = reselect;
        this.load = load;
    }

    /// True while a decision is being written: a poll then leaves the rows alone.
    boolean deciding() {
        return deciding;
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
                    load.accept(() -> { });
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
    public void reloadAfterConflict() {
        conflict.set("");
        reapply = null;
        load.accept(() -> { });
    }

    /// After a conflict: apply the user's decision again, on top of the colleague's change.
    public void reapplyAfterConflict() {
        Runnable again = reapply;
        if (again != null) {
            again.run();
        }
    }

    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
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
                    load.accept(() -> { });
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
                    load.accept(() -> reselect.set(java.util.Set.of(row.id())));
                })
                .onFailure(e -> {
                    if (e instanceof dev.sellerworkbench.queue.StaleDecisionException stale) {
                        conflict.set(conflictText(stale));
                        reapply = () -> {
                            conflict.set("");
                            BackgroundTask.of(messages.get("applications.saving"),
                                            progress -> queue.note(row.id(), null, note,
                                                    workspace.settings().staffName()))
                                    .onSuccess(v -> load.accept(() -> { }))
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
                    load.accept(() -> { });
                })
                .onFailure(this::showFailure)
                .runWith(tasks);
    }
    /// The undo offer lapses a few seconds after the decision.
    public void expireUndo() {
        undoAvailable.set(false);
    }

    void showFailure(Throwable e) {
        if (e instanceof QueueException q) {
            feedback.set(messages.get(q.key(), q.args()));
        } else {
            feedback.set(dev.sellerworkbench.ui.common.ErrorText.describe(messages, e, workspace.location()));
        }
        load.accept(() -> { });
    }
    public StringBinding decisionLabel(Decision decision) {
        String key = "applications.action." + decision.name().toLowerCase(Locale.ROOT);
        return Bindings.createStringBinding(() -> messages.get(key, selection.size()), selection);
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
