package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreatorSearchRebuildTest {

    @TempDir
    Path dir;

    @Test
    void creatorsWrittenInBulkAreFoundAfterARebuild() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            CreatorSearch search = new CreatorSearch(ws);
            search.start(Runnable::run, Progress.NONE).get();
            assertEquals(0, search.search(CreatorQuery.all(), Progress.NONE).total());
            // an import writes many creators without naming them one by one
            new DemoGenerator(ws, Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC), Progress.NONE)
                    .generate(300);
            assertEquals(0, search.search(CreatorQuery.all(), Progress.NONE).total(), "the old index does not see them");
            search.rebuild(Progress.NONE);
            assertEquals(300, search.search(CreatorQuery.all(), Progress.NONE).total());
        }
    }
}
