package dev.sellerworkbench.ui.creators;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.exchange.ExportFormat;
import dev.sellerworkbench.exchange.Exporter;
import dev.sellerworkbench.i18n.CategoryNames;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.CreatorPage;
import dev.sellerworkbench.settings.CategoryOverrides;
import dev.sellerworkbench.search.CreatorQuery;
import dev.sellerworkbench.search.CreatorSearch;
import dev.sellerworkbench.search.PagedCreators;
import dev.sellerworkbench.search.SearchLanguage;
import dev.sellerworkbench.search.SearchSyntaxException;
import dev.sellerworkbench.service.CreatorLevels;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Find Creators (R-CR-3): the filters become a [CreatorQuery] answered by the workspace's
/// shared [CreatorSearch] index; only the page's rows are read from the store. A newer query
/// cancels an older one, and the table asks for the next page as it nears the end. Until the
/// index is built the screen pages through the store unfiltered and says so.
public final class FindCreatorsViewModel {

    static final int PAGE = 100;

    /// Told on the FX thread whenever a search has shown its first page, and whether the index
    /// answered it (false: the stand-in page read while the index builds). Nothing listens unless
    /// the window's start is being measured (`ui/StartupProbe`).
    private static volatile Consumer<Boolean> firstPageListener = indexed -> { };

    private final Workspace workspace;
    private final PlanService plans;
    private final CreatorLevels levels;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final Preferences preferences;
    private final CreatorSearch search;
    private final CategoryOverrides categories;
    private final CreatorFilters filters = new CreatorFilters();
    private final ObservableList<CreatorRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CreatorRow> selection = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper gmvRanking = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper indexReady = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<CreatorQuery> query = new ReadOnlyObjectWrapper<>();
    private final StringProperty queryText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper queryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper queryErrorAt = new ReadOnlyIntegerWrapper(-1);
    /// The names categories are shown by (the seller's from Settings, else the shipped ones), read
    /// again each time the screen is shown; rows are made off the FX thread, hence the volatile copy.
    private final ReadOnlyObjectWrapper<CategoryNames> categoryNames;
    private volatile CategoryNames names;
    private boolean writingQuery;
    private final InvalidationListener onFilter = o -> filtersChanged();
    private final CreatorDetailViewModel detail;
    private final SavedListsViewModel lists;
    private final RecommendationsViewModel recommendations;
    private final SavedSearchesViewModel savedSearches;
    private TaskRunner.Handle running;
    private TaskRunner.Handle paging;
    private long generation;
    private int total;
    private boolean active;

    public FindCreatorsViewModel(Workspace workspace, PlanService plans, CreatorLevels levels, CreatorSearch search,
            CategoryOverrides categories,
            java.util.function.Function<dev.sellerworkbench.search.CreatorIndex,
            dev.sellerworkbench.search.SavedSearches> savedSearches, TaskRunner tasks, Messages messages,
            Formats formats, Clock clock, Preferences preferences) {
        this.workspace = workspace;
        this.plans = plans;
        this.levels = levels;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.preferences = preferences;
        this.search = search;
        this.categories = categories;
        this.names = CategoryNames.shipped(messages);
        this.categoryNames = new ReadOnlyObjectWrapper<>(names);
        search.contactClock(clock.withZone(formats.zone()));
        this.detail = new CreatorDetailViewModel(workspace, plans, levels, tasks, messages, search);
        this.lists = new SavedListsViewModel(workspace, tasks, messages, search, selection);
        this.recommendations = new RecommendationsViewModel(workspace, plans, tasks, messages, search, categories);
        this.savedSearches = new SavedSearchesViewModel(workspace, savedSearches, tasks, messages, search,
                () -> queryText.get(), queryText::set);
        lists.afterWrite(detail::reload);
        filters.restore(preferences);
        indexReady.set(search.ready());
        writeQuery();
        queryText.addListener((o, was, now) -> {
            if (!writingQuery) {
                queryTyped(now);
            }
        });
    }

    /// The search box was edited: a query that reads sets the filter controls and searches; one
    /// that does not is reported with its position and changes nothing (docs/search-language.md).
    private void queryTyped(String text) {
        SearchLanguage.Parsed parsed;
        try {
            SearchLanguage.Parsed read = SearchLanguage.parse(text);
            // a category typed by the name the screen shows is the id the creators hold (R-EX-1)
            parsed = new SearchLanguage.Parsed(read.query().categories().isEmpty() ? read.query()
                    : read.query().toBuilder().categories(read.query().categories().stream().map(names::category).toList()).build(),
                    read.positions());
            quietly(() -> filters.apply(parsed));
        } catch (SearchSyntaxException e) {
            queryError.set(e.message(messages));
            queryErrorAt.set(e.position());
            return;
        }
        queryError.set("");
        queryErrorAt.set(-1);
        filters.save(preferences);
        refresh();
    }

    /// Writes the filters back into the search box, after a control changed them.
    private void writeQuery() {
        writingQuery = true;
        try {
            queryText.set(SearchLanguage.format(filters.toQuery(PAGE), names::name));
            queryError.set("");
            queryErrorAt.set(-1);
        } finally {
            writingQuery = false;
        }
    }

    /// Runs `change` to the filters without a search per property it sets.
    private void quietly(Runnable change) {
        for (Observable o : filters.observables()) {
            o.removeListener(onFilter);
        }
        try {
            change.run();
        } finally {
            if (active) {
                for (Observable o : filters.observables()) {
                    o.addListener(onFilter);
                }
            }
        }
    }

    /// Completions for the search box at `caret`: keys, or the values of the key being typed.
    public SearchLanguage.Suggestions suggest(String text, int caret) {
        return SearchLanguage.suggest(text, caret, recommendations.categories().stream().map(names::name).toList());
    }

    /// The screen is shown: listen to the filters, make sure the index is (being) built, search.
    public void activate() {
        if (!active) {
            active = true;
            for (Observable o : filters.observables()) {
                o.addListener(onFilter);
            }
        }
        startIndex();
        refresh();
        loadCategoryNames();
        lists.load();
        recommendations.load();
    }

    /// The screen is hidden: stop listening and drop any search still running.
    public void deactivate() {
        active = false;
        for (Observable o : filters.observables()) {
            o.removeListener(onFilter);
        }
        cancel();
    }

    /// Reads the category names as they stand (Settings may have changed them), then shows them.
    private void loadCategoryNames() {
        BackgroundTask.of(messages.get("categories.loading"),
                        progress -> categories.names(messages))
                .onSuccess(loaded -> {
                    if (loaded.sameNames(names)) {
                        return; // nothing to show again
                    }
                    names = loaded;
                    categoryNames.set(loaded);
                    writeQuery();
                    refresh();
                })
                .runWith(tasks);
    }

    private void startIndex() {
        if (search.ready()) {
            indexReady.set(true);
            search.index().ifPresent(index -> recommendations.categories().setAll(index.categories()));
            savedSearches.load();
            return;
        }
        note.set(messages.get("search.ui.indexing"));
        BackgroundTask.of(messages.get("search.index.building"), progress -> {
                    // The build runs here, on the task's own thread, so its progress reaches the
                    // status bar; start() only hands it over (and only to the first caller).
                    AtomicReference<Runnable> build = new AtomicReference<>();
                    var built = search.start(build::set, steady(progress));
                    Runnable job = build.get();
                    if (job != null) {
                        job.run();
                    }
                    return built.get();
                })
                .onSuccess(index -> {
                    indexReady.set(true);
                    note.set("");
                    recommendations.categories().setAll(index.categories());
                    savedSearches.load();
                    refresh();
                })
                .onFailure(e -> note.set(messages.get("search.ui.indexFailed", String.valueOf(e.getMessage()))))
                .runWith(tasks);
    }

    /// Reports the build's progress but lets no one cancel it: every screen shares the index.
    private static Progress steady(Progress progress) {
        return new Progress() {
            @Override
            public void update(long done, long totalCount, String message) {
                progress.update(done, totalCount, message);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    private void filtersChanged() {
        filters.save(preferences);
        writeQuery();
        refresh();
    }

    /// Clears every filter and searches once.
    public void clearFilters() {
        quietly(filters::clear);
        filtersChanged();
    }

    /// Installs what is told when a search has shown its first page, in place of the one before.
    public static void onFirstPageShown(Consumer<Boolean> listener) {
        firstPageListener = Objects.requireNonNull(listener, "listener");
    }

    /// Runs the current filters from the first page, cancelling whatever search still runs.
    public void refresh() {
        cancel();
        long mine = ++generation;
        CreatorQuery first = filters.toQuery(PAGE);
        query.set(first);
        running = BackgroundTask.of(messages.get("creators.loading"), progress -> fetch(first, progress))
                .onSuccess(result -> {
                    if (mine == generation) {
                        total = result.total();
                        rows.setAll(result.rows());
                        summary.set(messages.get("creators.count", formats.count(total)));
                        gmvRanking.set(gmvRankingText(result.gmvCurrencies()));
                        firstPageListener.accept(indexReady.get());
                    }
                })
                .runWith(tasks);
    }

    /// The table shows row `visibleIndex`: when that is within `prefetch` rows of the end, reads
    /// the next page (one at a time; a request made before the last page arrived is dropped).
    public void rowShown(int visibleIndex, int prefetch) {
        if (visibleIndex >= rows.size() - prefetch) {
            loadMore();
        }
    }

    /// Reads the next page, once at a time.
    public void loadMore() {
        if (rows.size() >= total || paging != null || query.get() == null) {
            return;
        }
        long mine = generation;
        CreatorQuery next = query.get().page(rows.size(), PAGE);
        paging = BackgroundTask.of(messages.get("creators.loading"), progress -> fetch(next, progress))
                .onSuccess(result -> {
                    paging = null;
                    if (mine == generation && next.offset() == rows.size()) {
                        rows.addAll(result.rows());
                    }
                })
                .onFailure(e -> paging = null)
                .onCancelled(() -> paging = null)
                .runWith(tasks);
    }

    private void cancel() {
        if (running != null) {
            running.cancel();
        }
        if (paging != null) {
            paging.cancel();
            paging = null;
        }
    }

    record Result(int total, List<CreatorRow> rows, List<String> gmvCurrencies) {
    }

    /// R-ST-6: a GMV sort ranks within each currency and shows one currency after another; the
    /// screen says which currency it ranks in, or in which order the currencies come.
    private String gmvRankingText(List<String> currencies) {
        return switch (currencies.size()) {
            case 0 -> "";
            case 1 -> messages.get("search.ui.gmvRankedIn", currencies.get(0));
            default -> messages.get("search.ui.gmvRankedByCurrency", String.join(", ", currencies));
        };
    }

    /// Off the FX thread: the index (or, while it builds, the store) for one page, then its rows.
    private Result fetch(CreatorQuery q, Progress progress) {
        if (!search.ready()) {
            var store = workspace.creators();
            List<Creator> creators = store.page(q.offset(), q.limit());
            return new Result((int) store.count(), toRows(creators), List.of());
        }
        CreatorPage page = search.search(q, progress);
        progress.checkCancelled();
        return new Result(page.total(), toRows(inOrder(page.ids())), page.gmvCurrencies());
    }

    private List<Creator> inOrder(List<Long> ids) {
        Map<Long, Creator> byId = workspace.creators().findByIds(ids).stream()
                .collect(Collectors.toMap(Creator::id, Function.identity()));
        return ids.stream().map(byId::get).filter(c -> c != null).toList();
    }

    private List<CreatorRow> toRows(List<Creator> creators) {
        return creators.stream().map(c -> CreatorRow.of(c, formats, messages, names)).toList();
    }

    /// Writes every creator that matches the current query, page by page, to `file`.
    public void export(Path file, ExportFormat format) {
        CreatorQuery q = query.get();
        if (q == null) {
            return;
        }
        BackgroundTask.of(messages.get("search.ui.exporting"), progress -> {
                    List<Creator> all = new PagedCreators(search, workspace.creators(), q, progress);
                    try (OutputStream out = Files.newOutputStream(file)) {
                        return new Exporter(workspace).creators(all, format, out);
                    }
                })
                .onSuccess(n -> note.set(messages.get("search.ui.exported", formats.count(n),
                        file.getFileName().toString())))
                .runWith(tasks);
    }

    /// Tells the view which rows are selected (lists and plans act on them).
    public void select(List<CreatorRow> selected) {
        selection.setAll(selected);
        detail.show(selected.isEmpty() ? null : selected.getLast().creator());
    }

    public CreatorFilters filters() {
        return filters;
    }

    public ObservableList<CreatorRow> rows() {
        return rows;
    }

    public ObservableList<CreatorRow> selection() {
        return selection;
    }

    public CreatorDetailViewModel detail() {
        return detail;
    }

    public SavedListsViewModel lists() {
        return lists;
    }

    public RecommendationsViewModel recommendations() {
        return recommendations;
    }

    /// The names categories are shown by, for the filters' lists.
    public ReadOnlyObjectProperty<CategoryNames> categoryNamesProperty() {
        return categoryNames.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// Which currency a GMV sort ranks in (empty for the other sorts).
    public ReadOnlyStringProperty gmvRankingProperty() {
        return gmvRanking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /// The search box's text, in the search language; kept in step with the filter controls.
    /// The named saved searches (R-OUT-5).
    public SavedSearchesViewModel savedSearches() {
        return savedSearches;
    }

    public StringProperty queryTextProperty() {
        return queryText;
    }

    /// Why the search box's text cannot be read, with its column; empty when it reads.
    public ReadOnlyStringProperty queryErrorProperty() {
        return queryError.getReadOnlyProperty();
    }

    /// The 0-based position of the error in the search box, or -1.
    public ReadOnlyIntegerProperty queryErrorAtProperty() {
        return queryErrorAt.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty indexReadyProperty() {
        return indexReady.getReadOnlyProperty();
    }

    /// The query behind the rows shown (its first page).
    public ReadOnlyObjectProperty<CreatorQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    /// Whether the running first-page search was cancelled (for tests of stale queries).
    TaskRunner.Handle runningHandle() {
        return running;
    }
}
