package dev.sellerworkbench.ui.invitations;

import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.invitations.Collaborations;
import dev.sellerworkbench.search.CreatorSearch;
import dev.sellerworkbench.search.CreatorSearches;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
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

/// What staff record about a targeted plan's invitations in the window (R-IN-5), shared by the
/// plan editor's creators table and the Invitations screen: a selection marked accepted or declined
/// at a date and time in the seller's zone (default now), an optional note, the showcase of one
/// creator (R-PLAN-11), a sent mark when a message or link was copied or opened, and undo of the
/// last change. Every change goes through [Collaborations] off the FX thread; `onChanged` reloads
/// what shows the invitations.
public final class CollaborationActions {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Workspace workspace;
    private final PlanService plans;
    private final Collaborations collaborations;
    private final CreatorSearch search;
    private final TaskRunner tasks;
    private final Formats formats;
    private final Clock clock;
    private final Messages messages;
    private final LongSupplier plan;
    private final Runnable onChanged;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty collaborationId = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Collaborations.Change last;

    /// `plan` gives the plan the actions are about when they run; `onChanged` runs on the FX thread
    /// after each change that was saved.
    public CollaborationActions(Workspace workspace, PlanService plans, Collaborations collaborations,
            CreatorSearch search, TaskRunner tasks, Messages messages, Formats formats, Clock clock, LongSupplier plan,
            Runnable onChanged) {
        this.workspace = workspace;
        this.plans = plans;
        this.collaborations = collaborations;
        this.search = search;
        this.tasks = tasks;
        this.formats = formats;
        this.clock = clock;
        this.messages = messages;
        this.plan = plan;
        this.onChanged = onChanged;
        resetMoment();
    }

    /// Sets the date and time fields to now in the seller's zone.
    public void resetMoment() {
        var now = clock.instant().atZone(formats.zone());
        date.set(now.toLocalDate());
        time.set(TIME.format(now.toLocalTime()));
    }

    public void markAccepted(Collection<Long> creatorIds) {
        record(creatorIds, InvitationStatus.ACCEPTED);
    }

    public void markDeclined(Collection<Long> creatorIds) {
        record(creatorIds, InvitationStatus.DECLINED);
    }

    /// Records the selection's answer at the chosen moment; all or nothing, with the reason when refused.
    void record(Collection<Long> creatorIds, InvitationStatus to) {
        if (creatorIds.isEmpty()) {
            message.set(messages.get("invitations.collab.chooseCreators"));
            return;
        }
        Instant at;
        try {
            LocalTime clock = LocalTime.parse(time.get() == null ? "" : time.get().strip(), TIME);
            if (date.get() == null) {
                throw new DateTimeParseException("no date", "", 0);
            }
            at = date.get().atTime(clock).atZone(formats.zone()).toInstant();
        } catch (DateTimeParseException e) {
            message.set(messages.get("invitations.collab.badMoment", time.get()));
            return;
        }
        long planId = plan.getAsLong();
        List<Long> ids = List.copyOf(creatorIds);
        String text = note.get();
        run(c -> c.record(planId, ids, to, at, text, null), true, change -> {
            note.set("");
            return messages.get(to == InvitationStatus.ACCEPTED ? "invitations.collab.accepted"
                    : "invitations.collab.declined", change.after().size(), formats.dateTime(at));
        });
    }

    /// Marks creators sent through `channel`: a message, link or WhatsApp chat for them was copied or
    /// opened (R-IN-5). Quiet unless it fails: the copy itself is what the user asked for.
    public void markSent(Collection<Long> creatorIds, Collaborations.Channel channel) {
        long planId = plan.getAsLong();
        List<Long> ids = List.copyOf(creatorIds);
        BackgroundTask.of(messages.get("invitations.saving"),
                        p -> {
                            Collaborations.Change change = collaborations
                                    .markSent(planId, ids, channel);
                            // Find Creators' contacted filters see it at once (R-OUT-2)
                            search.contacted(ids, clock.instant());
                            return change;
                        })
                .onSuccess(change -> onChanged.run()) // the outreach log has a new entry either way
                .onFailure(this::failed)
                .runWith(tasks);
    }

    /// Replaces which of the plan's products a creator shows in their showcase.
    public void setShowcase(long creatorId, Set<String> productIds) {
        long planId = plan.getAsLong();
        BackgroundTask.of(messages.get("invitations.saving"),
                        p -> collaborations
                                .setShowcase(planId, creatorId, productIds))
                .onSuccess(shown -> {
                    message.set(messages.get("invitations.collab.showcaseSaved", shown.size()));
                    onChanged.run();
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    /// Puts back what the last accept or decline changed, if nobody changed it since.
    public void undo() {
        Collaborations.Change change = last;
        if (change == null) {
            return;
        }
        run(c -> c.undo(change), false, undone -> messages.get("invitations.collab.undone", undone.after().size()));
    }

    private interface Step {
        Collaborations.Change apply(Collaborations collaborations);
    }

    private interface Said {
        String text(Collaborations.Change change);
    }

    /// Runs one change; `undoable` keeps it as the one Undo puts back, else (an undo) nothing is left to undo.
    private void run(Step step, boolean undoable, Said said) {
        busy.set(true);
        BackgroundTask.of(messages.get("invitations.saving"),
                        p -> step.apply(collaborations))
                .onSuccess(change -> {
                    busy.set(false);
                    if (!undoable) {
                        last = null;
                    } else if (!change.isEmpty()) {
                        last = change;
                    }
                    canUndo.set(last != null);
                    message.set(change.isEmpty() ? messages.get("invitations.collab.unchanged") : said.text(change));
                    onChanged.run();
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof Collaborations.Refused refused) {
            message.set(refused.message(messages));
        } else {
            message.set(messages.get("error.unexpected", String.valueOf(error.getMessage())));
            org.slf4j.LoggerFactory.getLogger(CollaborationActions.class).error("Recording an invitation failed", error);
        }
    }

    /// Reads the plan's collaboration id (the platform's id of the plan) into its field.
    public void loadCollaborationId() {
        long planId = plan.getAsLong();
        if (planId == 0) {
            collaborationId.set("");
            return;
        }
        BackgroundTask.of(messages.get("invitations.loading"),
                        p -> workspace.plans().collaborationId(planId).orElse(""))
                .onSuccess(collaborationId::set)
                .onFailure(this::failed)
                .runWith(tasks);
    }

    /// Saves the collaboration id as typed; an imported order naming it marks its creator accepted.
    public void saveCollaborationId() {
        long planId = plan.getAsLong();
        String typed = collaborationId.get();
        BackgroundTask.of(messages.get("invitations.saving"),
                        p -> plans.setCollaborationId(planId, typed))
                .onSuccess(result -> message.set(result.ok() ? messages.get("plans.editor.collaborationIdSaved")
                        : result.problems().getFirst().message(messages)))
                .onFailure(this::failed)
                .runWith(tasks);
    }

    public StringProperty collaborationIdProperty() {
        return collaborationId;
    }

    /// Shows a sentence where the actions report.
    void say(String text) {
        message.set(text);
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /// The time of day, `HH:mm`, in the seller's zone.
    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
