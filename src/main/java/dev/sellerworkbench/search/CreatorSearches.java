package dev.sellerworkbench.search;

import dev.sellerworkbench.store.Workspace;
import java.util.IdentityHashMap;
import java.util.Map;

/// The one [CreatorSearch] of each open workspace, so every screen (and any command run in the
/// same process) shares one index instead of building its own. Whoever closes a workspace calls
/// [#forget] so its index is not kept.
public final class CreatorSearches {

    private static final Map<Workspace, CreatorSearch> SEARCHES = new IdentityHashMap<>();

    private CreatorSearches() {
    }

    /// The search of `workspace`, created (not yet built) on first use.
    public static synchronized CreatorSearch of(Workspace workspace) {
        return SEARCHES.computeIfAbsent(workspace, CreatorSearch::new);
    }

    /// Drops the search of a workspace being closed.
    public static synchronized void forget(Workspace workspace) {
        SEARCHES.remove(workspace);
    }
}
