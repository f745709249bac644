package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.commission.PlanProblem;
import dev.sellerworkbench.commission.PlanValidator;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.invitations.Collaborations;
import dev.sellerworkbench.search.CreatorSearch;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.ConflictModel;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.invitations.CollaborationActions;
import dev.sellerworkbench.ui.invitations.CollaborationBar;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The plan editor for all three types (§4): header, products with rate and reason, creators of a
/// targeted plan, the shop rate. Every edit is checked as it is typed; a draft saves itself a moment
/// after the last edit ([PlanSaving]); undo and redo step between whole states ([EditHistory]); an
/// edit of a published plan lists its pending changes before it is submitted ([PendingEdits]).
public final class PlanEditorViewModel implements ConflictModel {

    private final Workspace workspace;
    private final PlanService plans;
    private final CreatorSearch search;
    private final TaskRunner tasks;
    private final Formats formats;
    private final Clock clock;
    private final Preferences preferences;
    private final Messages messages;
    private final Debouncer debouncer;
    private final PlanSaving saving;
    private final EditHistory<EditorState> history = new EditHistory<>();
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> pending = FXCollections.observableArrayList();
    private final PlanHeaderViewModel header;
    private final PlanCreatorsViewModel creators;
    private final PlanProductsViewModel products;
    private final RatePreviewViewModel preview;
    private final CollaborationActions collaborations;
    private final Map<Long, PlanCreatorRow> knownCreators = new HashMap<>();
    private EditorData data;
    private PlanValidator validator;
    private ProductRules rules;
    private boolean applying;
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper("");
    private PlanSaving.Conflict lostRace;

    public PlanEditorViewModel(Workspace workspace, PlanService plans, Collaborations collaborations,
            CreatorSearch search, TaskRunner tasks, Messages messages, Formats formats, Clock clock,
            Preferences preferences, Debouncer debouncer) {
        this.workspace = workspace;
        this.plans = plans;
        this.search = search;
        this.tasks = tasks;
        this.formats = formats;
        this.clock = clock;
        this.preferences = preferences;
        this.messages = messages;
        this.debouncer = debouncer;
        this.saving = new PlanSaving(workspace, plans, tasks, messages, formats, clock, preferences, this);
        this.header = new PlanHeaderViewModel(messages, this::edited);
        this.creators = new PlanCreatorsViewModel(workspace, tasks, messages, formats, this::edited);
        this.products = new PlanProductsViewModel(messages, formats, this::edited);
        this.preview = new RatePreviewViewModel(workspace, tasks, messages, clock);
        this.collaborations = new CollaborationActions(workspace, plans, collaborations, search, tasks, messages,
                formats, clock, () -> plan.get() == null ? 0 : plan.get().id(),
                this::refreshCollaborations);
    }

    /// After staff recorded what creators did (R-IN-5): reads invitations, showcases and rates
    /// again and shows them, leaving the edit in progress as it is.
    private void refreshCollaborations() {
        EditorData before = data;
        if (before == null) {
            return;
        }
        BackgroundTask.of(messages.get("plans.editor.loading"), p -> before.withCollaborations(workspace))
                .onSuccess(fresh -> {
                    if (data != before) {
                        return; // the editor opened something else meanwhile
                    }
                    data = fresh;
                    if (fresh.stored() != null) {
                        creators.updateInvitations(fresh.stored().creators(), fresh.showcase());
                    }
                    preview.reload(fresh.snapshot());
                    refreshDerived();
                })
                .runWith(tasks);
    }

    /// The plan's products as the showcase dialog offers them to one creator, ticked where shown.
    public List<CollaborationBar.ShowcaseChoice> showcaseChoices(long creatorId) {
        List<String> shown = data == null ? List.of() : data.showcase().getOrDefault(creatorId, List.of());
        return products.items().stream()
                .map(i -> new CollaborationBar.ShowcaseChoice(i.productId(), i.title(), shown.contains(i.productId())))
                .toList();
    }

    /// Recording sent, accepted, declined and showcases for this plan's creators.
    public CollaborationActions collaborations() {
        return collaborations;
    }

    /// Opens a new plan of `type`; it is stored at the first edit.
    public void openNew(PlanType type) {
        String defaultName = type == PlanType.SHOP ? messages.get("plans.shop.defaultName") : "";
        Plan fresh = new Plan(0, type, defaultName, null, null, PlanStatus.DRAFT, false, null, null,
                null, null, null, 0);
        load(0, fresh);
    }

    public void open(long planId) {
        load(planId, null);
    }

    void load(long planId, Plan fresh) {
        BackgroundTask.of(messages.get("plans.editor.loading"), p -> EditorData.load(workspace, planId, fresh))
                .onSuccess(this::apply)
                .runWith(tasks);
    }

    private void apply(EditorData loadedData) {
        data = loadedData;
        validator = new PlanValidator(data.limits());
        Plan opened = data.header();
        rules = new ProductRules(data.snapshot(), opened.type(), opened.id(), messages);
        applying = true;
        plan.set(opened);
        header.load(opened, validator);
        List<EditorState.Item> states = data.stored() == null ? List.of() : data.stored().draft().items().stream()
                .map(i -> new EditorState.Item(i.productId(), PlanItemRow.text(i.rate()), i.reason())).toList();
        products.load(data.products(), validator, rules, states);
        knownCreators.clear();
        creators.load(data.creators(), data.stored() == null ? List.of() : data.stored().creators(), data.showcase(),
                data.savedLists(), data.limits().maxTargetedCreators(), rules);
        creators.rows().forEach(r -> knownCreators.put(r.creatorId(), r));
        preview.load(data.snapshot(), data.zone(), opened);
        problems.clear();
        applying = false;
        history.reset(state());
        refreshDerived();
        title.set(titleOf(opened));
        offerKeptEdit(data.kept());
        collaborations.loadCollaborationId();
        collaborations.resetMoment();
        loaded.set(true);
    }

    /// Puts back the unpublished edit kept from an earlier session, as one undo step on top of the
    /// published plan, or says why an outdated one was not restored.
    private void offerKeptEdit(KeptEdit kept) {
        if (kept == null) {
            return;
        }
        String when = formats.dateTime(kept.savedAt());
        if (kept.stale()) {
            saving.state(messages.get("plans.editor.editDiscarded", when));
            return;
        }
        kept.creators().forEach(c -> knownCreators.putIfAbsent(c.id(), creators.rowFor(c)));
        show(kept.state());
        history.record(state());
        saving.state(messages.get("plans.editor.editRestored", when));
    }

    private String titleOf(Plan header) {
        String type = messages.get("plan.type." + header.type().name().toLowerCase(Locale.ROOT));
        String status = messages.get("plan.status." + header.status().name().toLowerCase(Locale.ROOT));
        return header.id() == 0 || this.header.nameProperty().get().isBlank() ? messages.get("plans.editor.newTitle", type)
                : messages.get("plans.editor.title", type, this.header.nameProperty().get(), status);
    }

    /// Called on every edit: refreshes what depends on the draft and asks for a save once edits pause.
    void edited() {
        if (applying || data == null) {
            return;
        }
        refreshDerived();
        debouncer.schedule(this::settle);
    }

    /// Edits paused: record an undo step and, for a draft, save it; a published plan's edit is
    /// kept until it is published, so a crash or a closed window does not lose it.
    private void settle() {
        history.record(state());
        store();
    }

    private void store() {
        if (isDraft()) {
            saving.saveDraft();
        } else if (isPublished()) {
            saving.keepEdit(plan.get(), state());
        }
    }

    private void refreshDerived() {
        creators.refreshConflicts(products.ids());
        creators.rows().forEach(r -> knownCreators.put(r.creatorId(), r));
        if (data.stored() != null && data.header().status() == PlanStatus.PUBLISHED) {
            PendingEdits edits = new PendingEdits(messages, data.zone());
            Instant now = clock.instant();
            List<String> lines = new ArrayList<>(edits.scheduled(data.stored(), data.rateChanges(), data.snapshot(), now));
            lines.addAll(edits.describe(data.stored(), draft(), data.snapshot(), now));
            pending.setAll(lines);
        } else {
            pending.clear();
        }
    }

    EditorState state() {
        return new EditorState(header.nameProperty().get(), header.descriptionProperty().get(),
                header.endDateProperty().get(), header.approvalProperty().get(), header.shopRateProperty().get(),
                products.states(), creators.ids(), header.linkProperty().get());
    }

    /// Undo and redo: shows the state and stores it as an edit would be.
    private void restore(EditorState state) {
        show(state);
        store();
    }

    private void show(EditorState state) {
        applying = true;
        header.restore(state);
        products.restore(state.items());
        creators.restore(state.creatorIds(), knownCreators);
        applying = false;
        refreshDerived();
    }

    /// The editor's content as a draft for the commission engine.
    PlanDraft draft() {
        Plan p = plan.get();
        return new PlanDraft(header.header(p), products.draftItems(),
                p.type() == PlanType.TARGETED ? creators.ids() : List.of());
    }

    /// The picker's rows for this plan, conflicts judged against the plan's creators.
    public ProductPickerViewModel picker() {
        return products.picker(creators.ids());
    }

    /// R-PLAN-3: one rate for every product, through the engine's `withUniformRate`.
    public void applyUniformRate() {
        products.applyUniformRate(this::draft);
    }

    public void undo() {
        debouncer.flush();
        history.undo().ifPresent(this::restore);
    }

    public void redo() {
        debouncer.flush();
        history.redo().ifPresent(this::restore);
    }

    /// Ctrl+S: a draft saves now; a published plan's edits are submitted through validation.
    public void save() {
        debouncer.flush();
        if (!isDraft()) {
            publish();
        }
    }

    /// Validates everything (R-PLAN-5) and publishes, or lists every problem.
    public void publish() {
        debouncer.cancel();
        if (data == null || isEnded()) {
            return;
        }
        history.record(state());
        List<PlanProblem> local = new ArrayList<>(products.typedRateProblems());
        local.addAll(header.typedShopRateProblems());
        if (!local.isEmpty()) {
            showProblems(local);
            return;
        }
        saving.publish(draft());
    }

    /// Marks every problem at its field and lists them all.
    void showProblems(List<PlanProblem> found) {
        products.show(found);
        header.show(found);
        problems.setAll(found.stream().map(p -> p.message(messages)).toList());
    }

    /// After a save: the stored header (new id, new version) and whether it is still a draft.
    void saved(Plan stored) {
        Plan p = plan.get();
        plan.set(new Plan(stored.id(), p.type(), p.name(), p.description(), p.endDate(), stored.status(),
                p.approvalRequired(), p.shopRate(), stored.baseLink(), stored.createdAt(), stored.updatedAt(),
                stored.publishedAt(), stored.version()));
        title.set(titleOf(plan.get()));
    }

    /// Reopens the plan from the store (after publishing or leaving).
    void reload(long planId) {
        load(planId, null);
    }

    /// A save lost the race against a colleague's: say who changed the plan and when, and keep
    /// this user's edit on screen until they choose to reload or reapply it.
    void conflicted(PlanSaving.Conflict found) {
        debouncer.cancel();
        lostRace = found;
        String status = messages.get("plan.status." + found.stored().status().name().toLowerCase(Locale.ROOT));
        conflict.set(found.lastChange() == null
                ? messages.get("plans.conflict.unknown", status)
                : messages.get("plans.conflict.by", found.lastChange().actor() == null ? "?" : found.lastChange().actor(),
                        formats.dateTime(found.lastChange().at()), status));
    }

    /// After a conflict: drop this edit and show the plan as the colleague left it.
    @Override
    public void reloadAfterConflict() {
        PlanSaving.Conflict found = lostRace;
        lostRace = null;
        conflict.set("");
        if (found != null) {
            reload(found.stored().id());
        }
    }

    /// After a conflict: save this user's edit again on top of the colleague's version.
    @Override
    public void reapplyAfterConflict() {
        PlanSaving.Conflict found = lostRace;
        if (found == null) {
            return;
        }
        lostRace = null;
        conflict.set("");
        saved(found.stored());
        if (found.publish() || !isDraft()) {
            publish();
        } else {
            saving.saveDraft();
        }
    }

    @Override
    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /// What leaving the Shop plan changes for creators, for the confirmation (R-PLAN-12).
    public String leaveConfirmation() {
        return saving.leaveConfirmation(data);
    }

    public void leave() {
        saving.leave(plan.get());
    }

    /// Takes a creator out: from a targeted plan's draft, or at once from the Shop plan (R-PLAN-13),
    /// where an accepted creator keeps earning until next midnight (R-PLAN-10).
    public void removeCreator(PlanCreatorRow row) {
        if (row == null) {
            return;
        }
        if (plan.get().type() == PlanType.SHOP) {
            saving.removeShopCreator(plan.get().id(), row.creatorId());
        } else {
            creators.remove(row);
        }
    }

    /// The editor closes normally: what it autosaved is no longer announced as recovered at the
    /// next start (R-DRAFT-1).
    void closed() {
        saving.closed();
    }

    boolean isDraft() {
        return plan.get() != null && plan.get().status() == PlanStatus.DRAFT;
    }

    boolean isPublished() {
        return plan.get() != null && plan.get().status() == PlanStatus.PUBLISHED;
    }

    boolean isEnded() {
        return plan.get() != null && plan.get().status() == PlanStatus.ENDED;
    }

    EditorData data() {
        return data;
    }

    Debouncer debouncer() {
        return debouncer;
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saving.stateProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    public PlanProductsViewModel products() {
        return products;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<String> pending() {
        return pending;
    }

    public PlanHeaderViewModel header() {
        return header;
    }

    public PlanCreatorsViewModel creators() {
        return creators;
    }

    public RatePreviewViewModel preview() {
        return preview;
    }

    /// Adds creators recommended elsewhere (the search package's suggestions) to a targeted plan.
    public void addRecommended(List<Creator> recommended) {
        creators.addAll(recommended);
    }
}
