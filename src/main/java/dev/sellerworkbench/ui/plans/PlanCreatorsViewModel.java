package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.SavedList;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The creators of a targeted plan (R-PLAN-8, R-PLAN-9, R-PLAN-11): added by handle or from a saved
/// list, at most the limit (30 by default) with a visible "n of 30" and a message for the one too many.
/// Recommended creators from the search package can arrive through [#addAll(List)].
public final class PlanCreatorsViewModel {

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final Runnable onEdit;
    private final ObservableList<PlanCreatorRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SavedList> savedLists = FXCollections.observableArrayList();
    private final ObjectProperty<SavedList> savedList = new SimpleObjectProperty<>();
    private final StringProperty handle = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final SimpleObjectProperty<Integer> limit = new SimpleObjectProperty<>(30);
    private final StringBinding counter;
    private final Map<Long, PlanCreator> invitations = new HashMap<>();
    private Map<Long, List<String>> showcase = Map.of();
    private ProductRules rules;

    PlanCreatorsViewModel(Workspace workspace, TaskRunner tasks, Messages messages, Formats formats, Runnable onEdit) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        this.onEdit = onEdit;
        counter = Bindings.createStringBinding(() -> messages.get("plans.creators.counter",
                rows.size(), limit.get()), rows, limit);
    }

    /// Fills the list from a loaded plan without counting as an edit.
    void load(List<Creator> creators, List<PlanCreator> stored, Map<Long, List<String>> showcase, List<SavedList> lists,
              int maxCreators, ProductRules rules) {
        invitations.clear();
        stored.forEach(pc -> invitations.put(pc.creatorId(), pc));
        this.showcase = showcase;
        this.rules = rules;
        limit.set(maxCreators);
        savedLists.setAll(lists);
        rows.setAll(creators.stream().map(this::row).toList());
        message.set("");
    }

    /// The row a creator gets in this plan's list (a creator named by a kept edit).
    PlanCreatorRow rowFor(Creator c) {
        return row(c);
    }

    private PlanCreatorRow row(Creator c) {
        return new PlanCreatorRow(c, formats.compact(c.followers()), status(c.id()), products(c.id()),
                messages);
    }

    private String status(long creatorId) {
        PlanCreator pc = invitations.get(creatorId);
        return messages.get("plans.invitation." + (pc == null ? "new"
                : pc.status().name().toLowerCase(Locale.ROOT)));
    }

    private String products(long creatorId) {
        return String.join(", ", showcase.getOrDefault(creatorId, List.of()));
    }

    /// Shows invitation states and showcases recorded since the plan was opened, keeping the rows.
    void updateInvitations(List<PlanCreator> stored, Map<Long, List<String>> newShowcase) {
        invitations.clear();
        stored.forEach(pc -> invitations.put(pc.creatorId(), pc));
        showcase = newShowcase;
        rows.forEach(r -> r.setInvitation(status(r.creatorId()), products(r.creatorId())));
    }

    /// The invitation of a creator as stored, or null for one not saved in the plan yet.
    PlanCreator invitation(long creatorId) {
        return invitations.get(creatorId);
    }

    /// Looks the typed handle up off the FX thread and adds the creator.
    public void addByHandle() {
        String typed = handle.get() == null ? "" : handle.get().trim();
        if (typed.isEmpty()) {
            return;
        }
        Workspace ws = workspace;
        BackgroundTask.of(messages.get("plans.creators.searching"), p -> ws.creators().findByHandle(typed))
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        message.set(messages.get("plans.creators.notFound", typed));
                    } else if (add(List.of(found.get())) == 1) {
                        handle.set("");
                    }
                })
                .runWith(tasks);
    }

    /// Adds the members of the chosen saved list.
    public void addSavedList() {
        SavedList list = savedList.get();
        if (list == null) {
            return;
        }
        Workspace ws = workspace;
        BackgroundTask.of(messages.get("plans.creators.searching"),
                        p -> ws.creators().findByIds(ws.savedLists().members(list.id())))
                .onSuccess(this::addAll)
                .runWith(tasks);
    }

    /// Adds creators from anywhere (saved lists, recommendations) up to the limit.
    public void addAll(List<Creator> creators) {
        add(creators);
    }

    /// How many of the creators left out by the limit the message names.
    static final int NAMED_LIMIT = 10;

    /// Adds as many as fit; returns how many were added and says why any were not.
    int add(Collection<Creator> creators) {
        int added = 0;
        int refused = 0;
        List<String> left = new java.util.ArrayList<>();
        for (Creator c : creators) {
            if (rows.stream().anyMatch(r -> r.creatorId() == c.id())) {
                continue;
            }
            if (rows.size() >= limit.get()) {
                refused++;
                left.add("@" + c.handle());
                continue;
            }
            rows.add(row(c));
            added++;
        }
        if (refused > 0) {
            // the creators left out are named, so the user knows whom to put in another plan
            String names = String.join(", ", left.subList(0, Math.min(left.size(), NAMED_LIMIT)))
                    + (left.size() > NAMED_LIMIT ? ", …" : "");
            message.set(messages.get("plans.creators.fullNamed", limit.get(), refused, names));
        } else if (added == 0 && !creators.isEmpty()) {
            message.set(messages.get("plans.creators.already"));
        } else {
            message.set("");
        }
        if (added > 0) {
            onEdit.run();
        }
        return added;
    }

    public void remove(PlanCreatorRow row) {
        if (rows.remove(row)) {
            message.set("");
            onEdit.run();
        }
    }

    /// Puts back the creators of an undone or redone state, reusing the rows already known.
    void restore(List<Long> ids, Map<Long, PlanCreatorRow> known) {
        List<PlanCreatorRow> restored = new ArrayList<>();
        for (long id : ids) {
            PlanCreatorRow row = known.get(id);
            if (row != null) {
                restored.add(row);
            }
        }
        rows.setAll(restored);
    }

    /// Marks creators who already hold one of the plan's products through another targeted plan.
    void refreshConflicts(Collection<String> productIds) {
        for (PlanCreatorRow row : rows) {
            row.setConflict(rules == null ? "" : String.join("; ", rules.conflicts(row.creatorId(), productIds)));
        }
    }

    List<Long> ids() {
        return rows.stream().map(PlanCreatorRow::creatorId).toList();
    }

    public ObservableList<PlanCreatorRow> rows() {
        return rows;
    }

    /// Reads the saved lists again, so a list saved in Find Creators while this plan is open can
    /// be picked at once; the chosen list stays chosen.
    public void refreshSavedLists() {
        Workspace ws = workspace;
        BackgroundTask.of(messages.get("plans.creators.searching"), p -> ws.savedLists().all())
                .onSuccess(lists -> {
                    SavedList chosen = savedList.get();
                    savedLists.setAll(lists);
                    if (chosen != null) {
                        savedList.set(lists.stream().filter(l -> l.id() == chosen.id()).findFirst().orElse(null));
                    }
                })
                .runWith(tasks);
    }

    public ObservableList<SavedList> savedLists() {
        return savedLists;
    }

    public ObjectProperty<SavedList> savedListProperty() {
        return savedList;
    }

    public StringProperty handleProperty() {
        return handle;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringBinding counterProperty() {
        return counter;
    }
}
