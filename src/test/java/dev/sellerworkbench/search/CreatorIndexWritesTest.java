package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.CreatorQuery.Sort;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The index stays in step with writes: an edit, an import or a delete is visible to the next
/// search (issue 14, "Tests").
class CreatorIndexWritesTest {

    @TempDir
    Path folder;

    private static Creator withId(long id, Creator c) {
        return new Creator(id, c.handle(), c.name(), c.region(), c.platformKey(), c.followers(), c.videos(), c.avgViews(),
                c.engagementBp(), c.gmv30d(), c.itemsSold(), c.productsPromoted(), c.categories(), c.contentTypes(),
                c.whatsapp(), c.email(), c.audience(), c.level());
    }

    private static Creator simple(long id, String handle, long followers) {
        return withId(id, Fixtures.creator(handle, handle, Region.VN, followers, 1, 1, 100, "1000", List.of("Beauty"),
                Set.of(ContentType.VIDEO), Audience.UNKNOWN, Level.official(1)));
    }

    @Test
    void anInsertedCreatorIsFoundByTheNextSearch() {
        try (Workspace workspace = Workspace.open(folder)) {
            Fixtures.insertEight(workspace);
            CreatorIndex index = CreatorIndex.build(workspace, Progress.NONE);
            Creator fresh = Fixtures.creator("new.face", "Đỗ Quyên", Region.VN, 1_000_000, 10, 10_000, 300, "5000000",
                    List.of("Beauty"), Set.of(ContentType.LIVE), Audience.UNKNOWN, Level.official(5));
            long id = workspace.creators().insert(fresh);
            index.upsert(withId(id, fresh));
            CreatorPage page = index.search(CreatorQuery.builder().text("quyen").build());
            assertEquals(List.of(id), page.ids());
            assertEquals(9, index.search(CreatorQuery.all()).total());
            assertEquals(id, index.search(CreatorQuery.builder().regions(Region.VN).build()).ids().get(0));
        }
    }

    @Test
    void anEditMovesTheCreatorInTheOrderAndOutOfOldFilters() {
        try (Workspace workspace = Workspace.open(folder)) {
            Map<String, Long> ids = Fixtures.insertEight(workspace);
            CreatorIndex index = CreatorIndex.build(workspace, Progress.NONE);
            long tom = ids.get("tom.gadgets");
            Creator edited = workspace.creators().findById(tom).orElseThrow();
            edited = new Creator(tom, edited.handle(), edited.name(), edited.region(), null, 5_000_000, edited.videos(),
                    edited.avgViews(), edited.engagementBp(), edited.gmv30d(), 0, 0, List.of("Home"),
                    edited.contentTypes(), null, null, edited.audience(), Level.official(6));
            workspace.creators().update(edited);
            index.upsert(edited);
            assertEquals(tom, index.search(CreatorQuery.all()).ids().get(0));
            assertEquals(List.of(), index.search(CreatorQuery.builder().categories("Electronics").regions(Region.GB).build()).ids());
            assertEquals(List.of(tom), index.search(CreatorQuery.builder().levels(6).build()).ids());
            assertEquals(List.of(tom), index.search(CreatorQuery.builder().text("tom").build()).ids());
        }
    }

    @Test
    void aRemovedCreatorIsGoneFromResultsAndCounts() {
        try (Workspace workspace = Workspace.open(folder)) {
            Map<String, Long> ids = Fixtures.insertEight(workspace);
            CreatorIndex index = CreatorIndex.build(workspace, Progress.NONE);
            long emma = ids.get("emma.style");
            assertTrue(index.remove(emma));
            assertFalse(index.remove(emma));
            CreatorPage page = index.search(CreatorQuery.all());
            assertEquals(7, page.total());
            assertFalse(page.ids().contains(emma));
            assertEquals(7, index.size());
        }
    }

    @Test
    void refreshReadsChangedAndDeletedCreatorsBackFromTheStore() {
        try (Workspace workspace = Workspace.open(folder)) {
            Map<String, Long> ids = Fixtures.insertEight(workspace);
            CreatorIndex index = CreatorIndex.build(workspace, Progress.NONE);
            long ploy = ids.get("ploy.food");
            long minh = ids.get("minh.tech");
            workspace.creators().updateLevel(ploy, Level.official(8));
            workspace.creators().delete(minh);
            index.refresh(workspace.creators(), List.of(ploy, minh));
            assertEquals(List.of(ploy), index.search(CreatorQuery.builder().levels(8).build()).ids());
            assertEquals(7, index.search(CreatorQuery.all()).total());
            assertFalse(index.contains(minh));
        }
    }

    @Test
    void tiesGoToTheLowerIdWhateverOrderCreatorsArrive() {
        CreatorIndex index = CreatorIndex.empty();
        for (long id : new long[] {40, 10, 30, 20}) {
            index.upsert(simple(id, "c" + id, 500));
        }
        index.upsert(simple(25, "c25", 900));
        assertEquals(List.of(25L, 10L, 20L, 30L, 40L), index.search(CreatorQuery.all()).ids());
        assertEquals(List.of(10L, 20L, 30L, 40L, 25L),
                index.search(CreatorQuery.builder().sort(Sort.FOLLOWERS, true).build()).ids());
    }

    @Test
    void manyRemovalsLeaveTheRemainingCreatorsInOrder() {
        CreatorIndex index = CreatorIndex.empty();
        for (long id = 1; id <= 10_000; id++) {
            index.upsert(simple(id, "c" + id, id % 100));
        }
        for (long id = 1; id <= 10_000; id++) {
            if (id % 5 != 0) {
                index.remove(id);
            }
        }
        CreatorPage page = index.search(CreatorQuery.builder().limit(3).build());
        assertEquals(2_000, page.total());
        assertEquals(List.of(95L, 195L, 295L), page.ids());
        assertEquals(List.of(5_000L), index.search(CreatorQuery.builder().text("c5000").build()).ids());
        index.upsert(simple(7, "c7", 99));
        assertEquals(List.of(7L, 95L), index.search(CreatorQuery.builder().limit(2).build()).ids());
    }

    @Test
    void searchesRunningDuringWritesSeeWholeCreators() throws Exception {
        CreatorIndex index = CreatorIndex.empty();
        for (long id = 1; id <= 60_000; id++) {
            index.upsert(simple(id, "c" + id, id));
        }
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                for (long id = 60_001; id <= 62_000; id++) {
                    index.upsert(simple(id, "c" + id, id));
                    if (id % 3 == 0) {
                        index.remove(id - 30_000);
                    }
                }
                done.set(true);
            });
            List<Integer> totals = new ArrayList<>();
            while (!done.get()) {
                CreatorPage page = index.search(CreatorQuery.builder().followers(1L, null).limit(5).build());
                totals.add(page.total());
                for (int i = 1; i < page.ids().size(); i++) {
                    assertTrue(page.ids().get(i - 1) > page.ids().get(i), "followers equal ids, so ids descend");
                }
            }
            writer.get(30, TimeUnit.SECONDS);
            for (int i = 1; i < totals.size(); i++) {
                assertTrue(totals.get(i) >= 60_000 - 666 && totals.get(i) <= 62_000, "total " + totals.get(i));
            }
            CreatorPage last = index.search(CreatorQuery.builder().limit(1).build());
            assertEquals(62_000 - 666, last.total());
            assertEquals(List.of(62_000L), last.ids());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void gmvRangeUsesTheCreatorsOwnCurrencyAfterAnEdit() {
        CreatorIndex index = CreatorIndex.empty();
        Creator vn = simple(1, "a", 10);
        index.upsert(vn);
        assertEquals(List.of(1L), index.search(CreatorQuery.builder().gmv(Money.of("1000", "VND"), null).build()).ids());
        index.upsert(new Creator(1, "a", "a", Region.GB, null, 10, 1, 1, 1, Money.of("1000.00", "GBP"), 0, 0,
                List.of(), Set.of(), null, null, Audience.UNKNOWN, null));
        assertEquals(List.of(), index.search(CreatorQuery.builder().gmv(Money.of("1000", "VND"), null).build()).ids());
        assertEquals(List.of(1L), index.search(CreatorQuery.builder().gmv(Money.of("999.99", "GBP"), null).build()).ids());
    }
}
