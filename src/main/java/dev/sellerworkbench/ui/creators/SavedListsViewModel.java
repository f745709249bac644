package dev.sellerworkbench.ui.creators;

import dev.sellerworkbench.domain.SavedList;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.search.CreatorSearch;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.common.UiCommand;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Saved creator lists (R-CR-5): create, rename and delete them, and add or remove the creators
/// selected in the table, several at once.
public final class SavedListsViewModel {

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Messages messages;
    private final CreatorSearch search;
    private final ObservableList<CreatorRow> selection;
    private final ObservableList<SavedList> lists = FXCollections.observableArrayList();
    private final ObjectProperty<SavedList> chosen = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final UiCommand create;
    private final UiCommand rename;
    private final UiCommand delete;
    private final UiCommand addSelected;
    private final UiCommand removeSelected;
    private Runnable afterWrite = () -> { };

    SavedListsViewModel(Workspace workspace, TaskRunner tasks, Messages messages, CreatorSearch search,
            ObservableList<CreatorRow> selection) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.messages = messages;
        this.search = search;
        this.selection = selection;
        var named = Bindings.createBooleanBinding(() -> !name.get().isBlank(), name);
        var hasList = chosen.isNotNull();
        var listAndRows = Bindings.createBooleanBinding(() -> chosen.get() != null && !selection.isEmpty(), chosen, selection);
        create = new UiCommand(this::create, named);
        rename = new UiCommand(this::rename, Bindings.createBooleanBinding(() -> named.get() && hasList.get(), named, hasList));
        delete = new UiCommand(this::delete, hasList);
        addSelected = new UiCommand(() -> add(chosen.get()), listAndRows);
        removeSelected = new UiCommand(() -> remove(chosen.get()), listAndRows);
    }

    /// Called after a list changes, e.g. so the detail pane re-reads the creator's lists.
    void afterWrite(Runnable action) {
        this.afterWrite = action;
    }

    /// Reads the lists off the FX thread, keeping the chosen one chosen.
    public void load() {
        load(null);
    }

    private void load(Long choose) {
        Long keep = choose != null ? choose : chosen.get() == null ? null : chosen.get().id();
        BackgroundTask.of(messages.get("creators.loading"), progress -> workspace.savedLists().all())
                .onSuccess(all -> {
                    lists.setAll(all);
                    chosen.set(all.stream().filter(l -> keep != null && l.id() == keep).findFirst().orElse(null));
                })
                .runWith(tasks);
    }

    /// A new list named as typed, which becomes the chosen one; the selected creators go in it.
    private void create() {
        String listName = name.get().strip();
        List<Long> ids = selectedIds();
        write(m -> m.get("search.ui.listCreated", listName, ids.size()), () -> {
            long id = workspace.savedLists().create(listName);
            if (!ids.isEmpty()) {
                workspace.savedLists().add(id, ids);
            }
            return id;
        }, ids);
        name.set("");
    }

    private void rename() {
        SavedList list = chosen.get();
        String listName = name.get().strip();
        write(m -> m.get("search.ui.listRenamed", listName), () -> {
            workspace.savedLists().rename(list.id(), listName);
            return list.id();
        }, List.of());
        name.set("");
    }

    private void delete() {
        SavedList list = chosen.get();
        chosen.set(null);
        write(m -> m.get("search.ui.listDeleted", list.name()), () -> {
            workspace.savedLists().delete(list.id());
            return -1L;
        }, List.of());
    }

    /// Adds the selected creators to `list` (the context menu passes the list it names).
    public void add(SavedList list) {
        List<Long> ids = selectedIds();
        if (list == null || ids.isEmpty()) {
            return;
        }
        write(m -> m.get("search.ui.addedToList", ids.size(), list.name()), () -> {
            workspace.savedLists().add(list.id(), ids);
            return list.id();
        }, ids);
    }

    public void remove(SavedList list) {
        List<Long> ids = selectedIds();
        if (list == null || ids.isEmpty()) {
            return;
        }
        write(m -> m.get("search.ui.removedFromList", ids.size(), list.name()), () -> {
            workspace.savedLists().remove(list.id(), ids);
            return list.id();
        }, ids);
    }

    private interface Write {
        long run();
    }

    private void write(java.util.function.Function<Messages, String> done, Write work, List<Long> creatorIds) {
        Messages m = messages;
        BackgroundTask.of(m.get("search.ui.savingList"), progress -> {
                    long id = work.run();
                    if (!creatorIds.isEmpty()) {
                        search.changed(creatorIds);
                    }
                    return id;
                })
                .onSuccess(id -> {
                    message.set(done.apply(m));
                    load(id < 0 ? null : id);
                    afterWrite.run();
                })
                .onFailure(e -> message.set(m.get("search.ui.listFailed", String.valueOf(e.getMessage()))))
                .runWith(tasks);
    }

    private List<Long> selectedIds() {
        return selection.stream().map(CreatorRow::id).distinct().toList();
    }

    public ObservableList<SavedList> lists() {
        return lists;
    }

    public ObjectProperty<SavedList> chosenProperty() {
        return chosen;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public UiCommand createCommand() {
        return create;
    }

    public UiCommand renameCommand() {
        return rename;
    }

    public UiCommand deleteCommand() {
        return delete;
    }

    public UiCommand addSelectedCommand() {
        return addSelected;
    }

    public UiCommand removeSelectedCommand() {
        return removeSelected;
    }
}
