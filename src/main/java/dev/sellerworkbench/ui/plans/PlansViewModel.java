package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.commission.PlanLimits;
import dev.sellerworkbench.commission.PlanSaveResult;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.exchange.PlanFile;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.PlanRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.common.UiCommand;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/// The Plans screen: every plan with type, status, product and creator counts and last edit,
/// filtered by type and status; new plans of each type, duplicate, delete a draft with undo, and
/// plan files in and out (J3).
public final class PlansViewModel {

    /// What the view should open: a stored plan (`planId` > 0) or a new plan of `type`.
    public record OpenRequest(long planId, PlanType type) {
    }

    private final Workspace workspace;
    private final PlanService plans;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PlanRow> shown = new FilteredList<>(rows);
    private final ObjectProperty<PlanType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlanDraft> deleted = new ReadOnlyObjectWrapper<>();
    private final UiCommand openCommand;
    private final UiCommand duplicateCommand;
    private final UiCommand deleteCommand;
    private final UiCommand exportCommand;
    private Consumer<OpenRequest> opener = r -> { };

    public PlansViewModel(Workspace workspace, PlanService plans, TaskRunner tasks, Messages messages, Formats formats,
            Clock clock) {
        this.workspace = workspace;
        this.plans = plans;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        typeFilter.addListener((obs, old, now) -> refilter());
        statusFilter.addListener((obs, old, now) -> refilter());
        openCommand = new UiCommand(() -> opener.accept(new OpenRequest(selected.get().plan().id(), null)),
                selected.isNotNull());
        duplicateCommand = new UiCommand(this::duplicate, Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().plan().type() != PlanType.SHOP, selected));
        deleteCommand = new UiCommand(this::delete, Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().plan().status() == PlanStatus.DRAFT, selected));
        // Export needs a file first: the view asks for it, then calls exportTo.
        exportCommand = new UiCommand(() -> { }, selected.isNotNull());
    }

    /// Where open requests go (the view swaps the list for an editor).
    public void setOpener(Consumer<OpenRequest> opener) {
        this.opener = opener;
    }

    private void refilter() {
        shown.setPredicate(r -> (typeFilter.get() == null || r.plan().type() == typeFilter.get())
                && (statusFilter.get() == null || r.plan().status() == statusFilter.get()));
    }

    public void load() {
        BackgroundTask.of(messages.get("plans.loading"), progress -> {
                    PlanRepository plans = workspace.plans();
                    List<PlanRow> result = new ArrayList<>();
                    for (Plan plan : plans.findAll()) {
                        long products = plans.items(plan.id()).stream().filter(i -> i.removedAt() == null).count();
                        result.add(new PlanRow(plan,
                                messages.get("plan.type." + plan.type().name().toLowerCase(Locale.ROOT)),
                                plan.name(),
                                messages.get("plan.status." + plan.status().name().toLowerCase(Locale.ROOT)),
                                formats.count(products),
                                formats.count(plans.countCreators(plan.id())),
                                formats.dateTime(plan.updatedAt())));
                    }
                    return result;
                })
                .onSuccess(rows::setAll)
                .runWith(tasks);
    }

    /// A new plan of `type`: refused past 50 targeted plans (R-PLAN-7); the one Shop plan reopens if it exists (R-PLAN-12).
    public void newPlan(PlanType type) {
        if (type == PlanType.TARGETED) {
            long targeted = rows.stream().filter(r -> r.plan().type() == PlanType.TARGETED
                    && r.plan().status() == PlanStatus.PUBLISHED).count();
            if (targeted >= PlanLimits.MAX_TARGETED_PLANS) {
                message.set(messages.get("plans.limit.targeted", PlanLimits.MAX_TARGETED_PLANS));
                return;
            }
        }
        if (type == PlanType.SHOP) {
            PlanRow shop = rows.stream().filter(r -> r.plan().type() == PlanType.SHOP
                    && r.plan().status() != PlanStatus.ENDED).findFirst().orElse(null);
            if (shop != null) {
                message.set(messages.get("plans.shop.exists"));
                opener.accept(new OpenRequest(shop.plan().id(), null));
                return;
            }
        }
        message.set("");
        opener.accept(new OpenRequest(0, type));
    }

    private void duplicate() {
        long id = selected.get().plan().id();
        BackgroundTask.of(messages.get("plans.duplicating"), p -> {
                    PlanDraft original = StoredPlan.load(workspace, id).draft();
                    Plan o = original.plan();
                    Plan copy = new Plan(0, o.type(), messages.get("plans.copyOf", o.name()), o.description(),
                            o.endDate(), PlanStatus.DRAFT, o.approvalRequired(), o.shopRate(), null, null, null, null, 0);
                    return service().saveDraft(new PlanDraft(copy, original.items(), original.creatorIds()));
                })
                .onSuccess(result -> finish(result, "plans.duplicated"))
                .runWith(tasks);
    }

    private void delete() {
        Plan plan = selected.get().plan();
        BackgroundTask.of(messages.get("plans.deleting"), p -> {
                    PlanDraft kept = StoredPlan.load(workspace, plan.id()).draft();
                    workspace.plans().delete(plan.id());
                    return kept;
                })
                .onSuccess(kept -> {
                    deleted.set(kept);
                    message.set(messages.get("plans.deleted", plan.name()));
                    load();
                })
                .runWith(tasks);
    }

    /// Puts the last deleted draft back, as a draft with the same content.
    public void undoDelete() {
        PlanDraft kept = deleted.get();
        if (kept == null) {
            return;
        }
        deleted.set(null);
        Plan o = kept.plan();
        Plan back = new Plan(0, o.type(), o.name(), o.description(), o.endDate(), PlanStatus.DRAFT, o.approvalRequired(),
                o.shopRate(), o.baseLink(), o.createdAt(), null, null, 0);
        BackgroundTask.of(messages.get("plans.restoring"),
                        p -> service().saveDraft(new PlanDraft(back, kept.items(), kept.creatorIds())))
                .onSuccess(result -> finish(result, "plans.restored"))
                .runWith(tasks);
    }

    public void exportTo(Path file) {
        PlanRow row = selected.get();
        if (row == null) {
            return;
        }
        BackgroundTask.of(messages.get("plans.exporting"), p -> {
                    PlanFile.exportFile(workspace, row.plan().id(), file, clock.instant());
                    return file;
                })
                .onSuccess(f -> message.set(messages.get("plans.exported", row.name(), f.getFileName())))
                .onFailure(e -> message.set(fileFailed(e, file)))
                .runWith(tasks);
    }

    /// Exports every plan with its items as a table for a spreadsheet: CSV, or XLSX by the name (R-EX-6).
    public void exportTable(Path file) {
        dev.sellerworkbench.exchange.ExportFormat format = dev.sellerworkbench.exchange.ExportFormat.forFile(file);
        BackgroundTask.of(messages.get("plans.exporting"), p -> {
                    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                        return new dev.sellerworkbench.exchange.Exporter(workspace).plans(format, out);
                    }
                })
                .onSuccess(rows -> message.set(messages.get("plans.tableExported", rows, file.getFileName())))
                .onFailure(e -> message.set(fileFailed(e, file)))
                .runWith(tasks);
    }

    /// Imports a plan file as a new draft; creators unknown here are named.
    public void importFrom(Path file) {
        BackgroundTask.of(messages.get("plans.importing"),
                        p -> PlanFile.importFile(workspace, clock, file, messages))
                .onSuccess(result -> {
                    message.set(result.unknownCreators().isEmpty() ? messages.get("plans.imported")
                            : messages.get("plans.importedSkipped", String.join(", ", result.unknownCreators())));
                    load();
                })
                .onFailure(e -> message.set(fileFailed(e, file)))
                .runWith(tasks);
    }

    /// What went wrong with a plan file, in the user's language: the plan file's own reason, a
    /// full disk or locked folder in plain words, else that the file could not be read or written
    /// (the system's English stays in the log).
    String fileFailed(Throwable e, Path file) {
        dev.sellerworkbench.i18n.Messages m = messages;
        if (e instanceof PlanFile.PlanFileException problem) {
            return m.get("plans.fileFailed", problem.message(m));
        }
        if (e instanceof java.io.IOException) {
            return m.get("plans.fileFailed", m.get("plans.fileUnusable", String.valueOf(file.getFileName())));
        }
        return dev.sellerworkbench.ui.common.ErrorText.describe(m, e, workspace.location());
    }

    private void finish(PlanSaveResult result, String key) {
        message.set(result.ok() ? messages.get(key)
                : String.join("; ", result.problems().stream().map(p -> p.message(messages)).toList()));
        load();
    }

    private PlanService service() {
        return plans;
    }

    public ObservableList<PlanRow> rows() {
        return shown;
    }

    public ObjectProperty<PlanType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<PlanStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<PlanRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlanDraft> deletedProperty() {
        return deleted.getReadOnlyProperty();
    }

    public UiCommand openCommand() {
        return openCommand;
    }

    public UiCommand duplicateCommand() {
        return duplicateCommand;
    }

    public UiCommand deleteCommand() {
        return deleteCommand;
    }

    public UiCommand exportCommand() {
        return exportCommand;
    }
}
