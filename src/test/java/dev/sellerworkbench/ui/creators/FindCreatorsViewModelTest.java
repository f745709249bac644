package dev.sellerworkbench.ui.creators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.CreatorQuery.AgeFilter;
import dev.sellerworkbench.search.CreatorQuery.Declining;
import dev.sellerworkbench.search.CreatorQuery.GenderFilter;
import dev.sellerworkbench.search.CreatorQuery.Sort;
import dev.sellerworkbench.search.CreatorQuery;
import dev.sellerworkbench.search.CreatorSearches;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.ScreenHost;
import dev.sellerworkbench.ui.UiTestSupport;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.creators.CreatorFilters.AudienceMode;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Find Creators view-model (R-CR-3): the filters become the right query, and a newer query
/// cancels the stale one. Background work waits in a queue the test runs when it chooses.
class FindCreatorsViewModelTest {

    static Workspace workspace;
    final Deque<Runnable> queued = new ArrayDeque<>();
    Preferences preferences;
    FindCreatorsViewModel viewModel;

    @BeforeAll
    static void createDemo() throws Exception {
        workspace = UiTestSupport.demoWorkspace(300);
        CreatorSearches.of(workspace).start(Runnable::run, Progress.NONE).join();
    }

    @AfterAll
    static void closeDemo() {
        CreatorSearches.forget(workspace);
        workspace.close();
    }

    @BeforeEach
    void openScreen() {
        preferences = Preferences.forTest("find-creators-vm");
        AppContext c = context(preferences);
        viewModel = new FindCreatorsViewModel(c.workspace(), c.services().plans(), c.services().levels(),
                c.services().search(), c.services().categories(), c.services()::savedSearches, c.tasks(), c.messages(), c.formats(), c.clock(),
                c.preferences());
    }

    AppContext context(Preferences prefs) {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        return new AppContext(workspace, TaskRunner.using(queued::add, Runnable::run), messages,
                new Formats(Locale.ENGLISH, UiTestSupport.ZONE), UiTestSupport.CLOCK, prefs, ScreenHost.NONE);
    }

    void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    @Test
    void levelsAndFollowerMinimumMakeALevelAndFollowerQuery() {
        viewModel.activate();
        viewModel.filters().levels().setAll(3, 4);
        viewModel.filters().followersMinProperty().set("100,000");

        CreatorQuery expected = CreatorQuery.builder().levels(3, 4).followers(100_000L, null)
                .limit(FindCreatorsViewModel.PAGE).build();
        assertEquals(expected, viewModel.queryProperty().get());
    }

    @Test
    void audienceRegionCategoryAndSortFiltersAllReachTheQuery() {
        viewModel.activate();
        CreatorFilters f = viewModel.filters();
        f.regionProperty().set(Region.VN);
        f.levels().setAll(CreatorFilters.UNRATED, 5);
        f.genderModeProperty().set(AudienceMode.AT_LEAST);
        f.genderProperty().set(Gender.FEMALE);
        f.genderPercentProperty().set(60);
        f.ageModeProperty().set(AudienceMode.DOMINANT);
        f.ageBandProperty().set(AgeFilter.band("25-34"));
        f.categoryProperty().set("Beauty");
        f.gmvMinProperty().set("1000000");
        f.engagementMaxProperty().set("7.5");
        f.textProperty().set("linh");
        f.decliningProperty().set(Declining.EXCLUDE);
        f.sortProperty().set(Sort.AVG_VIEWS);
        f.ascendingProperty().set(true);

        CreatorQuery expected = CreatorQuery.builder().regions(Region.VN).levels(5).unrated(true)
                .gender(GenderFilter.atLeast(Gender.FEMALE, 60)).age(AgeFilter.dominant(1)).categories("Beauty")
                .gmv(dev.sellerworkbench.domain.Money.of("1000000", "VND"), null)
                .engagementPercent(null, new BigDecimal("7.5")).text("linh").declining(Declining.EXCLUDE)
                .sort(Sort.AVG_VIEWS, true).limit(FindCreatorsViewModel.PAGE).build();
        assertEquals(expected, viewModel.queryProperty().get());
    }

    @Test
    void theFirstPageListenerHearsOfAShownPageAndOfNothingStale() {
        int[] told = {0};
        java.util.List<Boolean> answeredByIndex = new java.util.ArrayList<>();
        FindCreatorsViewModel.onFirstPageShown(indexed -> {
            told[0]++;
            answeredByIndex.add(indexed);
        });
        try {
            viewModel.activate();
            viewModel.filters().regionProperty().set(Region.VN);
            viewModel.filters().regionProperty().set(Region.GB);
            assertEquals(0, told[0], "nothing is told before a page shows");
            runQueued();
            assertFalse(viewModel.rows().isEmpty());
            assertEquals(1, told[0], "only the newest search's page is told");
            assertEquals(java.util.List.of(viewModel.indexReadyProperty().get()), answeredByIndex,
                    "a page is told as the index's only once the index is ready");
        } finally {
            FindCreatorsViewModel.onFirstPageShown(indexed -> { });
        }
    }

    @Test
    void aNewerQueryCancelsTheStaleOneAndOnlyItsRowsShow() {
        viewModel.activate();
        runQueued();
        viewModel.filters().regionProperty().set(Region.VN);
        TaskRunner.Handle stale = viewModel.runningHandle();
        viewModel.filters().regionProperty().set(Region.GB);
        TaskRunner.Handle fresh = viewModel.runningHandle();

        assertTrue(stale.isCancelled());
        assertFalse(fresh.isCancelled());
        runQueued();
        assertFalse(viewModel.rows().isEmpty());
        assertTrue(viewModel.rows().stream().allMatch(r -> r.creator().region() == Region.GB));
        int gb = CreatorSearches.of(workspace).search(CreatorQuery.builder().regions(Region.GB).build(), Progress.NONE).total();
        assertEquals(gb + " creators", viewModel.summaryProperty().get());
    }

    @Test
    void lastFiltersComeBackOnTheNextStart() {
        viewModel.activate();
        viewModel.filters().levels().setAll(4, 5);
        viewModel.filters().textProperty().set("mai");
        viewModel.deactivate();

        AppContext c = context(preferences);
        FindCreatorsViewModel next = new FindCreatorsViewModel(c.workspace(), c.services().plans(),
                c.services().levels(), c.services().search(), c.services().categories(), c.services()::savedSearches, c.tasks(), c.messages(),
                c.formats(), c.clock(), c.preferences());
        assertEquals(viewModel.filters().toQuery(50), next.filters().toQuery(50));
    }

    @Test
    void clearAllTurnsEveryFilterOffWithOneSearch() {
        viewModel.activate();
        viewModel.filters().levels().setAll(4);
        viewModel.filters().regionProperty().set(Region.VN);
        viewModel.clearFilters();

        assertEquals(CreatorQuery.builder().limit(FindCreatorsViewModel.PAGE).build(), viewModel.queryProperty().get());
    }

    @Test
    void scrollingNearTheEndAppendsTheNextPage() {
        viewModel.activate();
        runQueued();
        assertEquals(FindCreatorsViewModel.PAGE, viewModel.rows().size());
        viewModel.loadMore();
        runQueued();
        assertEquals(2 * FindCreatorsViewModel.PAGE, viewModel.rows().size());
        assertEquals(viewModel.rows().stream().map(CreatorRow::id).distinct().count(), viewModel.rows().size());
    }

    @Test
    void aGmvSortSaysItRanksWithinEachCurrencyAndWhichOne() {
        // R-ST-6: the demo's creators sell in several currencies; the screen names the blocks.
        viewModel.activate();
        viewModel.filters().sortProperty().set(Sort.GMV);
        runQueued();
        String all = viewModel.gmvRankingProperty().get();
        viewModel.filters().regionProperty().set(Region.VN);
        runQueued();
        String vietnam = viewModel.gmvRankingProperty().get();
        viewModel.filters().sortProperty().set(Sort.FOLLOWERS);
        runQueued();

        assertTrue(all.startsWith("GMV ranked within each currency, never across: "), all);
        assertTrue(all.contains("VND"), all);
        assertEquals("GMV ranked in VND.", vietnam);
        assertEquals("", viewModel.gmvRankingProperty().get());
    }
}
