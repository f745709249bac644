package dev.sellerworkbench.search;

import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/// Find Creators for one open workspace: builds the [CreatorIndex] in the background when the
/// workspace opens, answers queries once it is ready, and keeps it in step with writes —
/// including writes made while it was still being built, which the build may have read too
/// early; those creators are read again from the store when the build finishes.
///
/// Whoever writes creators (edits, imports, level runs, deletes) calls [#changed] after the
/// transaction commits, off the FX thread.
public final class CreatorSearch {

    private final Workspace workspace;
    private final Object lock = new Object();
    private final Set<Long> changedDuringBuild = new LinkedHashSet<>();
    private volatile CreatorIndex index;
    private volatile Recommender recommender;
    private final Map<Long, Instant> contactedDuringBuild = new HashMap<>();
    private volatile Clock contactClock;
    private CompletableFuture<CreatorIndex> building;
    private boolean rebuilding;

    public CreatorSearch(Workspace workspace) {
        this.workspace = workspace;
    }

    /// Starts the build on `executor` (once; later calls return the same future).
    public CompletableFuture<CreatorIndex> start(Executor executor, Progress progress) {
        synchronized (lock) {
            if (building == null) {
                building = CompletableFuture.supplyAsync(() -> finish(CreatorIndex.build(workspace, progress)), executor);
            }
            return building;
        }
    }

    /// After a bulk write (an import, a level recompute) reads every creator again, on the calling
    /// (background) thread; the old index answers searches until the new one is published, and
    /// creators written meanwhile are replayed. Does nothing when the index was never started.
    public void rebuild(Progress progress) {
        synchronized (lock) {
            if (building == null || rebuilding) {
                return;
            }
            rebuilding = true;
        }
        try {
            finish(CreatorIndex.build(workspace, progress));
        } finally {
            synchronized (lock) {
                rebuilding = false;
            }
        }
    }

    /// Re-reads creators written during the build until none are left, then publishes the index
    /// in the same step, so a write is either replayed here or refreshed by [#changed] itself.
    private CreatorIndex finish(CreatorIndex built) {
        while (true) {
            List<Long> replay;
            synchronized (lock) {
                if (changedDuringBuild.isEmpty()) {
                    contactedDuringBuild.forEach(built::contacted);
                    contactedDuringBuild.clear();
                    if (contactClock != null) {
                        built.contactClock(contactClock);
                    }
                    index = built;
                    recommender = new Recommender(built);
                    return built;
                }
                replay = List.copyOf(changedDuringBuild);
                changedDuringBuild.clear();
            }
            built.refresh(workspace.creators(), replay);
        }
    }

    /// The clock whose day is today in the seller's zone, for "contacted in the last N days"
    /// (R-OUT-2); without one the index uses the workspace's zone and the system clock.
    public void contactClock(Clock clock) {
        synchronized (lock) {
            contactClock = clock;
            if (index != null) {
                index.contactClock(clock);
            }
        }
    }

    /// Tells the search that these creators were contacted at `at` (the outreach log has the entries).
    public void contacted(Collection<Long> creatorIds, Instant at) {
        CreatorIndex current;
        synchronized (lock) {
            current = index;
            if (current == null || rebuilding) {
                creatorIds.forEach(id -> contactedDuringBuild.merge(id, at, (a, b) -> a.isAfter(b) ? a : b));
                if (current == null) {
                    return;
                }
            }
        }
        creatorIds.forEach(id -> current.contacted(id, at));
    }

    /// True once the index is built; until then the view shows its progress.
    public boolean ready() {
        return index != null;
    }

    /// The index, once built.
    public Optional<CreatorIndex> index() {
        return Optional.ofNullable(index);
    }

    /// The recommender over the index, once built.
    public Optional<Recommender> recommender() {
        return Optional.ofNullable(recommender);
    }

    /// Runs a query; an empty page until the index is ready.
    public CreatorPage search(CreatorQuery query, Progress progress) {
        CreatorIndex current = index;
        return current == null ? CreatorPage.empty() : current.search(query, progress);
    }

    /// Tells the search that these creators were written (inserted, updated or deleted) in the
    /// store; they are read again now, or when the running build finishes.
    public void changed(Collection<Long> creatorIds) {
        CreatorIndex current;
        synchronized (lock) {
            current = index;
            if (current == null || rebuilding) {
                changedDuringBuild.addAll(creatorIds);
                return;
            }
        }
        current.refresh(workspace.creators(), creatorIds);
    }
}
