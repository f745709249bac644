package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.commission.EffectiveTimes;
import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.commission.PlanSaveResult;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.PlanRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// Writes an editor's plan off the FX thread, one write at a time: draft saves (R-PLAN-5: drafts
/// may be incomplete, so nothing blocks them), publishing through validation, and leaving. A save
/// asked for while another runs follows it, so the last edit is always the one stored.
final class PlanSaving {

    private final Workspace workspace;
    private final PlanService plans;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final Preferences preferences;
    private final PlanEditorViewModel editor;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private boolean inFlight;
    private boolean saveAgain;
    private boolean publishAfter;
    private boolean keeping;
    private EditorState keepNext;
    private Plan keepPlan;
    /// Plans this editor marked as open with autosaved work (R-DRAFT-1), cleared when it closes.
    private final java.util.Set<Long> marked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    PlanSaving(Workspace workspace, PlanService plans, TaskRunner tasks, Messages messages, Formats formats,
            Clock clock, Preferences preferences, PlanEditorViewModel editor) {
        this.workspace = workspace;
        this.plans = plans;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.preferences = preferences;
        this.editor = editor;
    }

    private PlanService service() {
        return plans;
    }

    record Saved(PlanSaveResult result, Plan header, Conflict conflict) {
        Saved(PlanSaveResult result, Plan header) {
            this(result, header, null);
        }
    }

    /// A save that lost the race: the plan as a colleague left it and their audit entry.
    record Conflict(Plan stored, dev.sellerworkbench.domain.AuditEntry lastChange, boolean publish) {
    }

    static boolean stale(PlanSaveResult result) {
        return !result.ok() && result.problems().stream().anyMatch(p -> p.key().equals("commission.problem.staleEdit"));
    }

    /// Reads who got there first, within the background task that found the conflict.
    private Conflict conflict(PlanSaveResult result, boolean publish) {
        if (!stale(result)) {
            return null;
        }
        Plan stored = workspace.plans().findById(result.planId()).orElse(null);
        return stored == null ? null : new Conflict(stored, workspace.audit()
                .latest("plan", String.valueOf(result.planId())).orElse(null), publish);
    }

    void saveDraft() {
        if (inFlight) {
            saveAgain = true;
            return;
        }
        inFlight = true;
        PlanDraft draft = editor.draft();
        state.set(messages.get("plans.editor.saving"));
        BackgroundTask.of(messages.get("plans.editor.saving"), p -> {
                    PlanSaveResult result = service().saveDraft(draft);
                    if (result.ok()) {
                        mark(result.planId());
                    }
                    Plan header = result.ok() ? workspace.plans().findById(result.planId()).orElse(null) : null;
                    return new Saved(result, header, conflict(result, false));
                })
                .onSuccess(saved -> {
                    inFlight = false;
                    if (saved.conflict() != null) {
                        editor.conflicted(saved.conflict());
                        state.set(messages.get("plans.editor.notSaved"));
                        saveAgain = false;
                        publishAfter = false;
                    } else if (saved.result().ok() && saved.header() != null) {
                        editor.saved(saved.header());
                        state.set(messages.get("plans.editor.savedAt", formats.dateTime(saved.header().updatedAt())));
                    } else {
                        editor.showProblems(saved.result().problems());
                        state.set(messages.get("plans.editor.notSaved"));
                    }
                    next();
                })
                .onFailure(e -> {
                    inFlight = false;
                    state.set(messages.get("plans.editor.saveFailed", String.valueOf(e.getMessage())));
                })
                .runWith(tasks);
    }

    private void next() {
        if (saveAgain) {
            saveAgain = false;
            saveDraft();
        } else if (publishAfter) {
            publishAfter = false;
            editor.publish();
        }
    }

    void publish(PlanDraft draft) {
        // a keep still being written would land after the publish drops it
        if (inFlight || keeping) {
            publishAfter = true;
            keepNext = null;
            return;
        }
        inFlight = true;
        state.set(messages.get("plans.editor.publishing"));
        BackgroundTask.of(messages.get("plans.editor.publishing"), p -> {
                    PlanSaveResult result = service().publish(draft);
                    return new Saved(result, null, conflict(result, true));
                })
                .onSuccess(saved -> {
                    inFlight = false;
                    PlanSaveResult result = saved.result();
                    if (saved.conflict() != null) {
                        editor.conflicted(saved.conflict());
                        state.set(messages.get("plans.editor.notSaved"));
                    } else if (result.ok()) {
                        state.set(messages.get("plans.editor.published",
                                formats.dateTime(clock.instant())));
                        editor.reload(result.planId());
                    } else {
                        editor.showProblems(result.problems());
                        state.set(messages.get("plans.editor.problems", result.problems().size()));
                    }
                })
                .onFailure(e -> {
                    inFlight = false;
                    state.set(messages.get("plans.editor.saveFailed", String.valueOf(e.getMessage())));
                })
                .runWith(tasks);
    }

    /// "Leave the Shop plan? It ends today …": what changes, for whom, from when (R-PLAN-12).
    String leaveConfirmation(EditorData data) {
        Plan plan = data.header();
        long creators = data.snapshot().creators(plan.id()).stream()
                .filter(pc -> pc.status() != InvitationStatus.REMOVED).count();
        Instant now = clock.instant();
        PendingEdits format = new PendingEdits(messages, data.zone());
        return messages.get("plans.shop.leaveConfirm", String.valueOf(plan.shopRate()), creators,
                format.format(EffectiveTimes.nextMidnight(now, data.zone())));
    }

    void leave(Plan plan) {
        BackgroundTask.of(messages.get("plans.shop.leaving"), p -> service().leave(plan.id(), plan.version()))
                .onSuccess(result -> {
                    if (result.ok()) {
                        state.set(messages.get("plans.shop.left"));
                        editor.reload(plan.id());
                    } else {
                        editor.showProblems(result.problems());
                    }
                })
                .runWith(tasks);
    }

    void removeShopCreator(long planId, long creatorId) {
        BackgroundTask.of(messages.get("plans.editor.saving"), p -> service().removeCreator(planId, creatorId))
                .onSuccess(removed -> editor.reload(planId))
                .runWith(tasks);
    }

    /// Keeps an edit of the published `plan` until it is published, one write at a time: a keep
    /// asked for while another runs follows it with the newest state.
    void keepEdit(Plan plan, EditorState edit) {
        if (keeping) {
            keepPlan = plan;
            keepNext = edit;
            return;
        }
        keeping = true;
        String json = KeptEdit.write(edit);
        Instant at = clock.instant();
        BackgroundTask.of(messages.get("plans.editor.saving"), p -> {
                    workspace.plans().keepUnpublishedEdit(new PlanRepository.UnpublishedEdit(plan.id(),
                            workspace.settings().staffName(), plan.version(), json, at));
                    mark(plan.id());
                    return at;
                })
                .onSuccess(kept -> {
                    state.set(messages.get("plans.editor.keptAt", formats.dateTime(kept)));
                    afterKeep();
                })
                .onFailure(e -> {
                    state.set(messages.get("plans.editor.keepFailed", String.valueOf(e.getMessage())));
                    afterKeep();
                })
                .runWith(tasks);
    }

    /// A keep is written (or failed): the newest state follows, or the publish that waited for it.
    private void afterKeep() {
        keeping = false;
        EditorState next = keepNext;
        keepNext = null;
        if (next != null) {
            keepEdit(keepPlan, next);
        } else if (publishAfter && !inFlight) {
            publishAfter = false;
            editor.publish();
        }
    }

    /// After an autosave, off the FX thread: the desktop remembers this editor was open with work
    /// in the store, until it closes normally (R-DRAFT-1).
    private void mark(long planId) {
        // noted before the mark is written: a close taking the lock after the write sees it
        if (planId > 0 && marked.add(planId)) {
            OpenDrafts.remember(preferences, workspace.location(), planId, () -> !closed);
        }
    }

    /// The editor closed normally (or the window quit cleanly): its marks go, and saves still
    /// running leave none behind.
    void closed() {
        OpenDrafts.forget(preferences, workspace.location(), () -> {
            closed = true;
            return java.util.List.copyOf(marked);
        });
    }

    /// Says something in the editor's save line.
    void state(String text) {
        state.set(text);
    }

    ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }
}
