package dev.sellerworkbench.search;

import dev.sellerworkbench.domain.SavedSearch;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/// Named Find Creators searches (R-OUT-5), kept in the workspace: the query in the search
/// language (filters included) and the creators it matched when last opened, so each can say how
/// many creators match now that did not then — new imports and changed figures alike.
public final class SavedSearches {

    /// A saved search with the number of creators it matches now that it did not when last opened.
    public record Listed(SavedSearch search, int newMatches, int matches) {
    }

    /// A refused name or query, with the message key and its argument.
    public static final class Refused extends RuntimeException {
        private final String key;
        private final transient Object arg;

        Refused(String key, Object arg) {
            super(key + " " + arg, null, false, false);
            this.key = key;
            this.arg = arg;
        }

        public String key() {
            return key;
        }

        public Object arg() {
            return arg;
        }
    }

    private final Workspace workspace;
    private final CreatorIndex index;
    private final Clock clock;

    public SavedSearches(Workspace workspace, CreatorIndex index, Clock clock) {
        this.workspace = workspace;
        this.index = index;
        this.clock = clock;
    }

    /// Keeps `query` (the search language; checked) under `name`, its current matches seen.
    public long save(String name, String query) {
        String clean = checkedName(name);
        long[] now = index.matchingIds(parse(query));
        return workspace.savedSearches().create(clean, query.strip(), now, clock.instant())
                .orElseThrow(() -> new Refused("search.saved.taken", clean));
    }

    /// Every saved search by name, each with its new matches.
    public List<Listed> list() {
        return workspace.savedSearches().all().stream().map(this::listed).toList();
    }

    public Optional<SavedSearch> find(String name) {
        return workspace.savedSearches().byName(name == null ? "" : name.strip());
    }

    /// Opens a search: what it matches now becomes what was seen; returns its query.
    public String open(SavedSearch search) {
        long[] now = index.matchingIds(parse(search.query()));
        workspace.savedSearches().opened(search.id(), now, clock.instant());
        return search.query();
    }

    public void rename(SavedSearch search, String name) {
        String clean = checkedName(name);
        if (!workspace.savedSearches().rename(search.id(), clean)) {
            throw new Refused("search.saved.taken", clean);
        }
    }

    public void delete(SavedSearch search) {
        workspace.savedSearches().delete(search.id());
    }

    private Listed listed(SavedSearch search) {
        long[] now = index.matchingIds(parse(search.query()));
        long[] seen = workspace.savedSearches().seen(search.id());
        int fresh = 0;
        for (long id : now) {
            if (Arrays.binarySearch(seen, id) < 0) {
                fresh++;
            }
        }
        return new Listed(search, fresh, now.length);
    }

    private static CreatorQuery parse(String query) {
        return SearchLanguage.parse(query).query();
    }

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new Refused("search.saved.badName", clean.length());
        }
        return clean;
    }
}
