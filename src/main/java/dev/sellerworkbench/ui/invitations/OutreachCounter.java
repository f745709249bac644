package dev.sellerworkbench.ui.invitations;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.outreach.Outreach;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// The week's outreach against the seller's limit (R-OUT-4), one per open workspace (made with the
/// window's other per-workspace objects and handed to the status bar, Invitations and Settings): the
/// status bar shows "12 of 50 this week" and the Invitations screen asks before an action that would
/// pass the limit. The count is read off the FX thread and kept, so the question needs no database read.
public final class OutreachCounter {

    private final Outreach outreach;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reached = new ReadOnlyBooleanWrapper(false);
    private volatile Outreach.Week week;

    public OutreachCounter(Outreach outreach, TaskRunner tasks, Messages messages) {
        this.outreach = outreach;
        this.tasks = tasks;
        this.messages = messages;
    }

    /// Reads the week's count and the limit again (after a message went out, or Settings changed).
    public void refresh() {
        BackgroundTask.of(messages.get("invitations.loading"),
                        p -> outreach.week())
                .onSuccess(loaded -> {
                    week = loaded;
                    text.set(loaded.limit() == null
                            ? messages.get("invitations.week.count", loaded.sent())
                            : messages.get("invitations.week.ofLimit", loaded.sent(), loaded.limit()));
                    reached.set(loaded.limit() != null && loaded.sent() >= loaded.limit());
                })
                .runWith(tasks);
    }

    /// The last count read; null before the first.
    public Outreach.Week week() {
        return week;
    }

    /// True when `more` entries would pass the limit, by the last count read.
    public boolean wouldPass(int more) {
        Outreach.Week current = week;
        return current != null && current.wouldPass(more);
    }

    /// "12 of 50 this week", or "12 this week" with no limit set.
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /// True once the week's count has reached the limit (the status bar shows it as a warning).
    public ReadOnlyBooleanProperty reachedProperty() {
        return reached.getReadOnlyProperty();
    }
}
