package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Building the index from the workspace: every batch read, progress reported, cancellation
/// honoured (the window builds it in the background when a workspace opens).
class CreatorIndexBuildTest {

    @TempDir
    Path folder;

    private static void fill(Workspace workspace, int count) {
        List<Creator> creators = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            creators.add(Fixtures.creator("c" + i, "Creator " + i, Region.VN, i, 1, 1, 100, "1000", List.of("Home"),
                    Set.of(ContentType.VIDEO), Audience.UNKNOWN, Level.official(i % 9)));
        }
        workspace.creators().insertAll(creators);
    }

    private static Progress counting(AtomicLong last, boolean cancel) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                last.set(done);
                assertEquals(20_001, total);
            }

            @Override
            public boolean cancelled() {
                return cancel;
            }
        };
    }

    @Test
    void buildReadsEveryCreatorAcrossBatchesAndReportsProgress() {
        try (Workspace workspace = Workspace.open(folder)) {
            fill(workspace, 20_001);
            AtomicLong last = new AtomicLong(-1);
            CreatorIndex index = CreatorIndex.build(workspace, counting(last, false));
            assertEquals(20_001, index.size());
            assertEquals(20_001, last.get());
            assertEquals(List.of("c20000", "c19999"), workspace.creators()
                    .findByIds(index.search(CreatorQuery.builder().limit(2).build()).ids()).stream()
                    .map(Creator::handle).toList());
            assertEquals(List.of("c0"), workspace.creators()
                    .findByIds(index.search(CreatorQuery.builder().sort(CreatorQuery.Sort.FOLLOWERS, true).limit(1).build())
                            .ids()).stream().map(Creator::handle).toList());
            assertEquals(2_222, index.search(CreatorQuery.builder().levels(8).limit(0).build()).total());
            assertTrue(index.buildTime().toNanos() > 0);
            assertTrue(index.memoryBytes() > 20_001L * 60);
        }
    }

    @Test
    void aCancelledBuildStops() {
        try (Workspace workspace = Workspace.open(folder)) {
            fill(workspace, 20_001);
            assertThrows(Progress.CancelledException.class,
                    () -> CreatorIndex.build(workspace, counting(new AtomicLong(), true)));
        }
    }

    @Test
    void aCancelledSearchStops() {
        CreatorIndex index = CreatorIndex.empty();
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(Progress.CancelledException.class, () -> index.search(CreatorQuery.all(), cancelled));
    }
}
