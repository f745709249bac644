package dev.sellerworkbench.ui.invitations;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.OutreachEntry;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.outreach.Outreach;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The Invitations screen's follow-ups due (R-OUT-3) and the outreach log's latest entries
/// (R-OUT-1), read off the FX thread, names not ids.
public final class OutreachViewModel {

    /// How many log entries the screen lists, newest first.
    static final int LOG_ROWS = 500;

    /// One invitation due a follow-up as the table shows it.
    public record FollowUpRow(long planId, long creatorId, String creator, String plan, String lastContacted,
                              String waiting) {
    }

    /// One outreach log entry as the table shows it.
    public record LogRow(String when, String creator, String plan, String channel, String who) {
    }

    private final Workspace workspace;
    private final Outreach outreach;
    private final TaskRunner tasks;
    private final Formats formats;
    private final Messages messages;
    private final ObservableList<FollowUpRow> followUps = FXCollections.observableArrayList();
    private final ObservableList<LogRow> log = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper followUpsTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper followUpsNote = new ReadOnlyStringWrapper("");

    public OutreachViewModel(Workspace workspace, Outreach outreach, TaskRunner tasks, Messages messages,
            Formats formats) {
        this.workspace = workspace;
        this.outreach = outreach;
        this.tasks = tasks;
        this.formats = formats;
        this.messages = messages;
        followUpsTitle.set(messages.get("invitations.followUps.tab", "—")); // unknown until the tab is shown
    }

    private record Loaded(List<FollowUpRow> followUps, List<LogRow> log, int days) {
    }

    public void load() {
        BackgroundTask.of(messages.get("invitations.loading"), progress -> {
                    List<FollowUpRow> due = outreach.followUps().stream().map(f -> new FollowUpRow(f.plan().id(),
                            f.creator().id(), f.creator().displayHandle(), f.plan().name(),
                            formats.dateTime(f.lastOutreach()),
                            messages.get("invitations.followUps.days", f.daysWaiting()))).toList();
                    List<OutreachEntry> entries = workspace.outreach().latest(LOG_ROWS);
                    Map<Long, String> creators = new HashMap<>();
                    Map<Long, String> plans = new HashMap<>();
                    List<LogRow> rows = new ArrayList<>();
                    for (OutreachEntry e : entries) {
                        String creator = creators.computeIfAbsent(e.creatorId(), id -> workspace.creators()
                                .findById(id).map(Creator::displayHandle).orElse("—"));
                        String plan = e.planId() == null ? "—" : plans.computeIfAbsent(e.planId(), id -> workspace
                                .plans().findById(id).map(Plan::name).orElse("—"));
                        rows.add(new LogRow(formats.dateTime(e.at()), creator, plan, channel(e.channel()),
                                e.actor()));
                    }
                    return new Loaded(due, rows, outreach.followUpDays());
                })
                .onSuccess(loaded -> {
                    followUps.setAll(loaded.followUps());
                    log.setAll(loaded.log());
                    followUpsTitle.set(messages.get("invitations.followUps.tab", loaded.followUps().size()));
                    followUpsNote.set(messages.get("invitations.followUps.note", loaded.days()));
                })
                .runWith(tasks);
    }

    private String channel(String code) {
        return Optional.ofNullable(code).map(c -> messages.get("invitations.channel." + c)).orElse("—");
    }

    public ObservableList<FollowUpRow> followUps() {
        return followUps;
    }

    public ObservableList<LogRow> log() {
        return log;
    }

    /// "Follow-ups due (N)".
    public ReadOnlyStringProperty followUpsTitleProperty() {
        return followUpsTitle.getReadOnlyProperty();
    }

    /// "Sent, no answer after N days", with the days from Settings.
    public ReadOnlyStringProperty followUpsNoteProperty() {
        return followUpsNote.getReadOnlyProperty();
    }
}
