package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.CreatorQuery.Sort;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Each sort of Find Creators (R-CR-3), both directions, against the eight known creators.
class CreatorIndexSortTest {

    @TempDir
    static Path folder;
    static Workspace workspace;
    static CreatorIndex index;
    static Map<Long, String> handles = new HashMap<>();

    @BeforeAll
    static void build() {
        workspace = Workspace.open(folder);
        Fixtures.insertEight(workspace).forEach((handle, id) -> handles.put(id, handle));
        index = CreatorIndex.build(workspace, Progress.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static List<String> sorted(Sort sort, boolean ascending) {
        return index.search(CreatorQuery.builder().sort(sort, ascending).build()).ids().stream().map(handles::get).toList();
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    @Test
    void followersDescendingThenAscending() {
        List<String> desc = List.of("emma.style", "mai.mom", "linh.beauty", "siti.home", "huy.sport", "minh.tech",
                "tom.gadgets", "ploy.food");
        assertEquals(desc, sorted(Sort.FOLLOWERS, false));
        assertEquals(reversed(desc), sorted(Sort.FOLLOWERS, true));
    }

    @Test
    void videosPosted() {
        List<String> desc = List.of("mai.mom", "siti.home", "linh.beauty", "tom.gadgets", "minh.tech", "huy.sport",
                "emma.style", "ploy.food");
        assertEquals(desc, sorted(Sort.VIDEOS, false));
        assertEquals(reversed(desc), sorted(Sort.VIDEOS, true));
    }

    @Test
    void averageVideoViews() {
        List<String> desc = List.of("emma.style", "mai.mom", "linh.beauty", "minh.tech", "huy.sport", "siti.home",
                "tom.gadgets", "ploy.food");
        assertEquals(desc, sorted(Sort.AVG_VIEWS, false));
        assertEquals(reversed(desc), sorted(Sort.AVG_VIEWS, true));
    }

    @Test
    void gmvSortListsOneCurrencyAfterAnotherAndRanksWithinEach() {
        // R-ST-6: 900,000,000 ₫ is not above £12,345.67; each currency is its own block, GBP first.
        assertEquals(List.of("emma.style", "tom.gadgets", "siti.home", "ploy.food", "mai.mom", "linh.beauty",
                "minh.tech", "huy.sport"), sorted(Sort.GMV, false));
        assertEquals(List.of("tom.gadgets", "emma.style", "siti.home", "ploy.food", "huy.sport", "minh.tech",
                "linh.beauty", "mai.mom"), sorted(Sort.GMV, true));
        List<String> vietnam = index.search(CreatorQuery.builder().regions(Region.VN).sort(Sort.GMV, false).build())
                .ids().stream().map(handles::get).toList();
        assertEquals(List.of("mai.mom", "linh.beauty", "minh.tech", "huy.sport"), vietnam);
    }

    @Test
    void gmvSortOverTwoCurrenciesNeverInterleavesThem() {
        for (boolean ascending : new boolean[] {false, true}) {
            CreatorPage page = index.search(CreatorQuery.builder().regions(Region.VN, Region.GB)
                    .sort(Sort.GMV, ascending).build());
            List<String> currencies = page.ids().stream()
                    .map(id -> List.of("emma.style", "tom.gadgets").contains(handles.get(id)) ? "GBP" : "VND").toList();

            assertEquals(List.of("GBP", "GBP", "VND", "VND", "VND", "VND"), currencies, "ascending " + ascending);
            assertEquals(List.of("GBP", "VND"), page.gmvCurrencies());
        }
    }

    @Test
    void onlyAGmvSortNamesTheCurrenciesItRanksIn() {
        assertEquals(List.of(), index.search(CreatorQuery.builder().sort(Sort.FOLLOWERS, false).build()).gmvCurrencies());
        assertEquals(List.of("VND"), index.search(CreatorQuery.builder().regions(Region.VN).sort(Sort.GMV, false).build())
                .gmvCurrencies());
    }

    @Test
    void engagementRate() {
        List<String> desc = List.of("ploy.food", "siti.home", "mai.mom", "linh.beauty", "huy.sport", "minh.tech",
                "tom.gadgets", "emma.style");
        assertEquals(desc, sorted(Sort.ENGAGEMENT, false));
        assertEquals(reversed(desc), sorted(Sort.ENGAGEMENT, true));
    }

    @Test
    void levelSortsEqualLevelsByIdAndUnratedLastBothWays() {
        assertEquals(List.of("emma.style", "linh.beauty", "huy.sport", "minh.tech", "siti.home", "tom.gadgets",
                "ploy.food", "mai.mom"), sorted(Sort.LEVEL, false));
        assertEquals(List.of("tom.gadgets", "minh.tech", "siti.home", "linh.beauty", "huy.sport", "emma.style",
                "ploy.food", "mai.mom"), sorted(Sort.LEVEL, true));
    }

    @Test
    void offsetAndLimitCutAPageAndTotalCountsEveryMatch() {
        CreatorPage page = index.search(CreatorQuery.builder().offset(2).limit(3).build());
        assertEquals(List.of("linh.beauty", "siti.home", "huy.sport"), page.ids().stream().map(handles::get).toList());
        assertEquals(8, page.total());
        assertTrue(page.hasMore());
        CreatorPage last = index.search(CreatorQuery.builder().offset(6).limit(5).build());
        assertEquals(List.of("tom.gadgets", "ploy.food"), last.ids().stream().map(handles::get).toList());
        assertFalse(last.hasMore());
        assertEquals(List.of(), index.search(CreatorQuery.builder().offset(20).build()).ids());
    }

    @Test
    void limitZeroCountsWithoutAPage() {
        CreatorPage count = index.search(CreatorQuery.builder().levels(3, 4).limit(0).build());
        assertEquals(List.of(), count.ids());
        assertEquals(4, count.total());
    }
}
