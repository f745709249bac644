package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The search a window holds: built in the background, and a write made while the build was
/// running is still visible to the first search (issue 14: "kept in step with every write").
class CreatorSearchTest {

    @TempDir
    Path folder;

    @Test
    void aWriteDuringTheBuildIsVisibleOnceItIsReady() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            Map<String, Long> ids = Fixtures.insertEight(workspace);
            long ploy = ids.get("ploy.food");
            long minh = ids.get("minh.tech");
            CreatorSearch search = new CreatorSearch(workspace);
            Progress writesAtTheEnd = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    if (done == total && total > 0 && !search.ready()) {
                        // every row has been read; these writes land after the build saw them
                        workspace.creators().updateLevel(ploy, Level.official(8));
                        workspace.creators().delete(minh);
                        search.changed(List.of(ploy, minh));
                    }
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            };
            assertFalse(search.ready());
            assertEquals(0, search.search(CreatorQuery.all(), Progress.NONE).total());
            search.start(Runnable::run, writesAtTheEnd).get(30, TimeUnit.SECONDS);
            assertTrue(search.ready());
            assertEquals(List.of(ploy), search.search(CreatorQuery.builder().levels(8).build(), Progress.NONE).ids());
            assertEquals(7, search.search(CreatorQuery.all(), Progress.NONE).total());
        }
    }

    @Test
    void aWriteAfterTheBuildIsRefreshedAtOnce() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            Map<String, Long> ids = Fixtures.insertEight(workspace);
            CreatorSearch search = new CreatorSearch(workspace);
            search.start(Runnable::run, Progress.NONE).get(30, TimeUnit.SECONDS);
            long tom = ids.get("tom.gadgets");
            workspace.creators().updateLevel(tom, Level.projected(0));
            search.changed(List.of(tom));
            assertEquals(List.of(tom), search.search(CreatorQuery.builder().levels(0).build(), Progress.NONE).ids());
            assertTrue(search.recommender().isPresent());
        }
    }
}
