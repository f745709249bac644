package dev.sellerworkbench.ui.invitations;

import dev.sellerworkbench.outreach.Outreach;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// The week's outreach against the seller's limit (R-OUT-4), one per open workspace: the status
/// bar shows "12 of 50 this week" and the Invitations screen asks before an action that would pass
/// the limit. The count is read off the FX thread and kept, so the question needs no database read.
public final class OutreachCounter {

    private static final Map<Workspace, OutreachCounter> COUNTERS = new WeakHashMap<>();

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reached = new ReadOnlyBooleanWrapper(false);
    private volatile Outreach.Week week;

    private OutreachCounter() {
    }

    /// The counter of `workspace`, created on first use.
    public static synchronized OutreachCounter of(Workspace workspace) {
        return COUNTERS.computeIfAbsent(workspace, w -> new OutreachCounter());
    }

    /// Reads the week's count and the limit again (after a message went out, or Settings changed).
    public void refresh(AppContext context) {
        BackgroundTask.of(context.messages().get("invitations.loading"),
                        p -> context.services().outreach().week())
                .onSuccess(loaded -> {
                    week = loaded;
                    text.set(loaded.limit() == null
                            ? context.messages().get("invitations.week.count", loaded.sent())
                            : context.messages().get("invitations.week.ofLimit", loaded.sent(), loaded.limit()));
                    reached.set(loaded.limit() != null && loaded.sent() >= loaded.limit());
                })
                .runWith(context.tasks());
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
