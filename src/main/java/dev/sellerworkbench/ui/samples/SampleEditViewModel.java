package dev.sellerworkbench.ui.samples;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Sample;
import dev.sellerworkbench.domain.SampleStatus;
import dev.sellerworkbench.samples.SampleException;
import dev.sellerworkbench.samples.Samples;
import dev.sellerworkbench.samples.StaleSampleException;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.ConflictModel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// Editing one sample's details (R-SA-1): carrier, tracking number, content id or link, cost in the
/// shop's currency, note and the date of each step it reached (in the seller's zone). The save is
/// checked against the version shown: when a colleague saved first nothing is written and the
/// conflict bar names them, with reload (their values) and reapply (this user's edits on top).
public final class SampleEditViewModel implements ConflictModel {

    /// The form as text, the way the fields hold it.
    record Form(String carrier, String tracking, String contentRef, String cost, String note,
                Map<SampleStatus, String> dates) {
    }

    private final Workspace workspace;
    private final Samples samples;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final Consumer<Sample> onSaved;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final StringProperty carrier = new SimpleStringProperty("");
    private final StringProperty tracking = new SimpleStringProperty("");
    private final StringProperty contentRef = new SimpleStringProperty("");
    private final StringProperty cost = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final Map<SampleStatus, StringProperty> dates = new EnumMap<>(SampleStatus.class);
    private final Map<SampleStatus, BooleanProperty> dateEditable = new EnumMap<>(SampleStatus.class);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper("");
    /// The sample as last read or saved: a save is checked against its version.
    private Sample shown;

    /// `onSaved` runs on the FX thread with the sample as saved.
    public SampleEditViewModel(Workspace workspace, Samples samples, TaskRunner tasks, Messages messages, Formats formats,
            Consumer<Sample> onSaved) {
        this.workspace = workspace;
        this.samples = samples;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        this.onSaved = onSaved;
        for (SampleStatus step : SampleStatus.values()) {
            dates.put(step, new SimpleStringProperty(""));
            dateEditable.put(step, new SimpleBooleanProperty());
        }
        title.set(messages.get("samples.edit.none"));
    }

    private ZoneId zone() {
        return formats.zone();
    }

    /// Shows `sample` (null: nothing to edit) titled by its creator and product.
    public void show(Sample sample, String creator, String product) {
        if (showing(sample)) {
            return; // the table read again after a save: keep the form and its message
        }
        title.set(sample == null ? messages.get("samples.edit.none")
                : messages.get("samples.edit.title", creator, product));
        show(sample);
        feedback.set("");
    }

    /// Whether `sample` is the one shown, at the version shown.
    public boolean showing(Sample sample) {
        return shown != null && sample != null && shown.id() == sample.id() && shown.version() == sample.version();
    }

    public Long shownId() {
        return shown == null ? null : shown.id();
    }

    private void show(Sample sample) {
        shown = sample;
        editing.set(sample != null);
        fill(sample == null ? new Form("", "", "", "", "", Map.of()) : formOf(sample));
        for (SampleStatus step : SampleStatus.values()) {
            dateEditable.get(step).set(sample != null && Samples.reached(sample.status()).contains(step));
        }
        conflict.set("");
    }

    private Form formOf(Sample s) {
        Map<SampleStatus, String> at = new EnumMap<>(SampleStatus.class);
        for (SampleStatus step : SampleStatus.values()) {
            at.put(step, SampleInput.date(s.at(step), zone()));
        }
        return new Form(text(s.carrier()), text(s.trackingNumber()), text(s.contentRef()), SampleInput.cost(s.cost()),
                text(s.note()), at);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private void fill(Form form) {
        carrier.set(form.carrier());
        tracking.set(form.tracking());
        contentRef.set(form.contentRef());
        cost.set(form.cost());
        note.set(form.note());
        dates.forEach((step, field) -> field.set(form.dates().getOrDefault(step, "")));
    }

    Form form() {
        Map<SampleStatus, String> at = new EnumMap<>(SampleStatus.class);
        dates.forEach((step, field) -> at.put(step, text(field.get())));
        return new Form(text(carrier.get()), text(tracking.get()), text(contentRef.get()), text(cost.get()),
                text(note.get()), at);
    }

    /// `form` as a sample on top of `base` (its version, plan and status), the cost in `currency`
    /// when `base` has none; a date that still reads as `base`'s keeps its seconds.
    private Sample parse(Form form, Sample base, String currency) {
        Money amount;
        try {
            amount = SampleInput.cost(form.cost(), base.cost() == null ? currency : base.cost().currency());
        } catch (NumberFormatException e) {
            throw new SampleException("samples.error.cost");
        }
        Map<SampleStatus, Instant> at = new EnumMap<>(SampleStatus.class);
        for (SampleStatus step : SampleStatus.values()) {
            try {
                at.put(step, SampleInput.date(form.dates().get(step), zone(), base.at(step)));
            } catch (IllegalArgumentException e) {
                throw new SampleException("samples.error.date", step, form.dates().get(step));
            }
        }
        return new Sample(base.id(), base.creatorId(), base.productId(), base.planId(), base.status(),
                at.get(SampleStatus.REQUESTED), at.get(SampleStatus.APPROVED), at.get(SampleStatus.SHIPPED),
                at.get(SampleStatus.DELIVERED), at.get(SampleStatus.CONTENT_POSTED), at.get(SampleStatus.NO_CONTENT),
                form.carrier(), form.tracking(), form.contentRef(), amount, form.note(), base.version());
    }

    /// Saves the form on the version shown; a colleague's save in between shows the conflict bar.
    /// Nothing is written when a field cannot be read: the feedback names it.
    public void save() {
        Sample base = shown;
        if (base == null) {
            return;
        }
        Form form = form();
        BackgroundTask.of(messages.get("samples.saving"), progress -> {
                    return samples.save(parse(form, base, samples.currency()), workspace.settings().staffName());
                })
                .onSuccess(saved -> {
                    show(saved);
                    feedback.set(messages.get("samples.edit.saved"));
                    onSaved.accept(saved);
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    private void failed(Throwable e) {
        if (e instanceof StaleSampleException stale) {
            feedback.set("");
            conflict.set(stale.lastChange()
                    .map(c -> messages.get("samples.edit.conflict", c.actor() == null ? "?" : c.actor(),
                            formats.dateTime(c.at())))
                    .orElse(messages.get("samples.edit.conflict", "?", "?")));
            return;
        }
        feedback.set(SampleTexts.failure(messages, formats, e, workspace.location()));
    }

    /// After a conflict: drop this user's edits and show the sample as the colleague left it.
    @Override
    public void reloadAfterConflict() {
        Sample base = shown;
        if (base == null) {
            return;
        }
        BackgroundTask.of(messages.get("samples.loading"), progress -> fresh(base.id()))
                .onSuccess(fresh -> {
                    show(fresh);
                    feedback.set("");
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    /// After a conflict: the fields this user changed, on top of the colleague's sample, saved at
    /// its version. A third colleague's save in between shows the conflict again.
    @Override
    public void reapplyAfterConflict() {
        Sample base = shown;
        if (base == null || conflict.get().isEmpty()) {
            return;
        }
        Form before = formOf(base);
        Form edited = form();
        BackgroundTask.of(messages.get("samples.loading"), progress -> fresh(base.id()))
                .onSuccess(fresh -> {
                    Form theirs = formOf(fresh);
                    Map<SampleStatus, String> at = new EnumMap<>(SampleStatus.class);
                    for (SampleStatus step : SampleStatus.values()) {
                        at.put(step, mine(before.dates().get(step), edited.dates().get(step), theirs.dates().get(step)));
                    }
                    Form merged = new Form(mine(before.carrier(), edited.carrier(), theirs.carrier()),
                            mine(before.tracking(), edited.tracking(), theirs.tracking()),
                            mine(before.contentRef(), edited.contentRef(), theirs.contentRef()),
                            mine(before.cost(), edited.cost(), theirs.cost()),
                            mine(before.note(), edited.note(), theirs.note()), at);
                    show(fresh);
                    fill(merged);
                    save();
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    /// This user's value where they changed the field, the colleague's otherwise.
    private static String mine(String before, String edited, String theirs) {
        return Objects.equals(before, edited) ? theirs : edited;
    }

    private Sample fresh(long id) {
        return workspace.samples().findById(id).orElseThrow(() -> new SampleException("samples.error.missing", id));
    }

    @Override
    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
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

    public StringProperty costProperty() {
        return cost;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty dateProperty(SampleStatus step) {
        return dates.get(step);
    }

    public BooleanProperty dateEditableProperty(SampleStatus step) {
        return dateEditable.get(step);
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }
}
