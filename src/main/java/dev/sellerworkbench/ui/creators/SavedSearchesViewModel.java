package dev.sellerworkbench.ui.creators;

import dev.sellerworkbench.domain.SavedSearch;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.search.CreatorIndex;
import dev.sellerworkbench.search.CreatorSearch;
import dev.sellerworkbench.search.SavedSearches;
import dev.sellerworkbench.search.SearchSyntaxException;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Find Creators' named saved searches (R-OUT-5): save the search box's query under a name, list
/// each with "N new matches since you last looked", open (the query goes back into the search box,
/// which sets the filters), rename and delete. Work runs off the FX thread once the index is built.
public final class SavedSearchesViewModel {

    private final Workspace workspace;
    private final java.util.function.Function<dev.sellerworkbench.search.CreatorIndex, dev.sellerworkbench.search.SavedSearches> savedSearches;
    private final TaskRunner tasks;
    private final Messages messages;
    private final CreatorSearch search;
    private final Supplier<String> currentQuery;
    private final Consumer<String> openQuery;
    private final ObservableList<SavedSearches.Listed> saved = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /// `currentQuery` gives the search box's query; `openQuery` puts a saved one back into it.
    SavedSearchesViewModel(Workspace workspace, java.util.function.Function<dev.sellerworkbench.search.CreatorIndex,
            dev.sellerworkbench.search.SavedSearches> savedSearches, TaskRunner tasks, Messages messages,
            CreatorSearch search, Supplier<String> currentQuery,
                           Consumer<String> openQuery) {
        this.workspace = workspace;
        this.savedSearches = savedSearches;
        this.tasks = tasks;
        this.messages = messages;
        this.search = search;
        this.currentQuery = currentQuery;
        this.openQuery = openQuery;
    }

    /// Lists the saved searches with their new matches (nothing until the index is built).
    public void load() {
        run(s -> s.list(), all -> saved.setAll(all));
    }

    /// Saves the current search under `name`.
    public void save(String name) {
        String query = currentQuery.get();
        run(s -> {
            s.save(name, query);
            return s.list();
        }, all -> {
            saved.setAll(all);
            message.set("");
        });
    }

    public void open(SavedSearches.Listed listed) {
        run(s -> {
            String query = s.open(listed.search());
            return new Opened(query, s.list());
        }, opened -> {
            saved.setAll(opened.all());
            openQuery.accept(opened.query());
        });
    }

    public void rename(SavedSearches.Listed listed, String name) {
        run(s -> {
            s.rename(listed.search(), name);
            return s.list();
        }, all -> saved.setAll(all));
    }

    public void delete(SavedSearches.Listed listed) {
        SavedSearch gone = listed.search();
        run(s -> {
            s.delete(gone);
            return s.list();
        }, all -> saved.setAll(all));
    }

    private record Opened(String query, List<SavedSearches.Listed> all) {
    }

    private <T> void run(Function<SavedSearches, T> work, Consumer<T> done) {
        CreatorIndex index = search.index().orElse(null);
        if (index == null) {
            return;
        }
        BackgroundTask.of(messages.get("search.ui.saved"),
                        p -> work.apply(savedSearches.apply(index)))
                .onSuccess(done)
                .onFailure(this::failed)
                .runWith(tasks);
    }

    private void failed(Throwable error) {
        if (error instanceof SavedSearches.Refused refused) {
            message.set(messages.get(refused.key(), refused.arg()));
        } else if (error instanceof SearchSyntaxException syntax) {
            message.set(syntax.message(messages));
        } else {
            message.set(dev.sellerworkbench.ui.common.ErrorText.describe(messages, error,
                    workspace.location()));
        }
    }

    /// The saved searches, by name.
    public ObservableList<SavedSearches.Listed> saved() {
        return saved;
    }

    /// "Name — N new matches since you last looked".
    public String label(SavedSearches.Listed listed) {
        return messages.get("search.ui.saved.item", listed.search().name(), listed.newMatches());
    }

    /// What went wrong with the last action, or "".
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
