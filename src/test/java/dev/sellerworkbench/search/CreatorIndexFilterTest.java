package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.CreatorQuery.AgeFilter;
import dev.sellerworkbench.search.CreatorQuery.Declining;
import dev.sellerworkbench.search.CreatorQuery.GenderFilter;
import dev.sellerworkbench.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Each Find Creators filter (R-CR-3) against eight creators whose answers are known. Results
/// are in the default order (most followers first), so each expectation is also an order.
class CreatorIndexFilterTest {

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

    private static List<String> find(CreatorQuery.Builder query) {
        CreatorPage page = index.search(query.build());
        assertEquals(page.ids().size(), page.total(), "page holds every match here");
        return page.ids().stream().map(handles::get).toList();
    }

    @Test
    void noFilterFindsEveryCreatorMostFollowersFirst() {
        assertEquals(List.of("emma.style", "mai.mom", "linh.beauty", "siti.home", "huy.sport", "minh.tech",
                "tom.gadgets", "ploy.food"), find(CreatorQuery.builder()));
    }

    @Test
    void severalLevelsAtOnceMatchAnyOfThem_RCR3() {
        assertEquals(List.of("linh.beauty", "siti.home", "huy.sport", "minh.tech"),
                find(CreatorQuery.builder().levels(3, 4)));
    }

    @Test
    void unratedIsItsOwnChoiceAndNotLevelZero_RLV5() {
        assertEquals(List.of("mai.mom", "ploy.food"), find(CreatorQuery.builder().unrated(true)));
        assertEquals(List.of(), find(CreatorQuery.builder().levels(0)));
        assertEquals(List.of("emma.style", "mai.mom", "ploy.food"), find(CreatorQuery.builder().levels(7).unrated(true)));
    }

    @Test
    void followerMinimumIsInclusiveAtTheBoundary() {
        assertEquals(List.of("emma.style", "mai.mom", "linh.beauty", "siti.home"),
                find(CreatorQuery.builder().followers(100_000L, null)));
    }

    @Test
    void followerMaximumIsInclusiveAtTheBoundary() {
        assertEquals(List.of("huy.sport", "minh.tech", "tom.gadgets", "ploy.food"),
                find(CreatorQuery.builder().followers(null, 99_999L)));
        assertEquals(List.of("siti.home", "huy.sport"), find(CreatorQuery.builder().followers(99_999L, 100_000L)));
    }

    @Test
    void genderShareCountsAShareExactlyAtTheThreshold_RCR3() {
        // siti.home has exactly 60.00% female; emma.style 59.99%
        assertEquals(List.of("mai.mom", "linh.beauty", "siti.home"),
                find(CreatorQuery.builder().gender(GenderFilter.atLeast(Gender.FEMALE, 60))));
        assertEquals(List.of("emma.style", "mai.mom", "linh.beauty", "siti.home", "tom.gadgets"),
                find(CreatorQuery.builder().gender(GenderFilter.atLeast(Gender.FEMALE, 50))));
    }

    @Test
    void dominantGenderLeavesOutUnknownAudiencesAndGivesTiesToFemale() {
        assertEquals(List.of("huy.sport", "minh.tech"), find(CreatorQuery.builder().gender(GenderFilter.dominant(Gender.MALE))));
        assertEquals(List.of("emma.style", "mai.mom", "linh.beauty", "siti.home", "tom.gadgets"),
                find(CreatorQuery.builder().gender(GenderFilter.dominant(Gender.FEMALE))));
    }

    @Test
    void ageShareCountsAShareExactlyAtTheThreshold_RCR3() {
        // linh.beauty and siti.home have exactly 30.00% aged 18–24; emma.style 29.99%
        assertEquals(List.of("linh.beauty", "siti.home", "minh.tech"),
                find(CreatorQuery.builder().age(AgeFilter.atLeast(0, 30))));
    }

    @Test
    void dominantAgeBandTakesTheFirstBandOnATie() {
        // siti.home: 30% 18–24 and 30% 25–34 → 18–24; huy.sport: 30% 25–34 and 30% 35–44 → 25–34
        // tom.gadgets: 20% in every band → 18–24
        assertEquals(List.of("siti.home", "minh.tech", "tom.gadgets"), find(CreatorQuery.builder().age(AgeFilter.dominant(0))));
        assertEquals(List.of("emma.style", "mai.mom", "linh.beauty", "huy.sport"),
                find(CreatorQuery.builder().age(AgeFilter.dominant(1))));
    }

    @Test
    void regionsMatchAnyOfThem() {
        assertEquals(List.of("emma.style", "tom.gadgets"), find(CreatorQuery.builder().regions(Region.GB)));
        assertEquals(List.of("siti.home", "ploy.food"), find(CreatorQuery.builder().regions(Region.ID, Region.TH)));
    }

    @Test
    void categoryIgnoresCaseAndMatchesAnySecondCategory() {
        assertEquals(List.of("emma.style", "linh.beauty"), find(CreatorQuery.builder().categories("beauty")));
        assertEquals(List.of("mai.mom", "siti.home", "ploy.food"),
                find(CreatorQuery.builder().categories("FOOD", "Mother & Baby")));
        assertEquals(List.of(), find(CreatorQuery.builder().categories("Pets")));
    }

    @Test
    void contentTypeMatchesAnyChosenType() {
        assertEquals(List.of("siti.home", "huy.sport"), find(CreatorQuery.builder().contentTypes(ContentType.LINK)));
        assertEquals(List.of("emma.style", "mai.mom", "linh.beauty", "siti.home", "huy.sport"),
                find(CreatorQuery.builder().contentTypes(ContentType.LIVE, ContentType.LINK)));
    }

    @Test
    void gmvRangeIsInclusiveAndAppliesWithinItsCurrency() {
        assertEquals(List.of("linh.beauty", "minh.tech"),
                find(CreatorQuery.builder().gmv(Money.of("80000000", "VND"), Money.of("250000000", "VND"))));
        // 500,000,000 IDR is not 500,000,000 VND
        assertEquals(List.of("mai.mom"), find(CreatorQuery.builder().gmv(Money.of("500000000", "VND"), null)));
        assertEquals(List.of("emma.style", "tom.gadgets"), find(CreatorQuery.builder().gmv(Money.of("500.00", "GBP"), null)));
        assertEquals(List.of("tom.gadgets"), find(CreatorQuery.builder().gmv(null, Money.of("12345.66", "GBP"))));
        assertEquals(List.of(), find(CreatorQuery.builder().gmv(Money.of("1", "USD"), null)));
    }

    @Test
    void gmvRangeInTwoCurrenciesIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> CreatorQuery.builder().gmv(Money.of("1", "VND"), Money.of("2", "GBP")).build());
    }

    @Test
    void engagementRangeIsInclusive() {
        assertEquals(List.of("linh.beauty", "huy.sport", "minh.tech"),
                find(CreatorQuery.builder().engagementPercent(new BigDecimal("3.10"), new BigDecimal("5.20"))));
    }

    @Test
    void freeTextFindsHandleOrNameWithoutAccents() {
        assertEquals(List.of("linh.beauty"), find(CreatorQuery.builder().text("nguyen")));
        assertEquals(List.of("minh.tech"), find(CreatorQuery.builder().text("TRAN")));
        assertEquals(List.of("linh.beauty"), find(CreatorQuery.builder().text("Nguyen")));
        assertEquals(List.of("linh.beauty"), find(CreatorQuery.builder().text("nguyễn linh")));
        assertEquals(List.of("minh.tech"), find(CreatorQuery.builder().text("@minh")));
        assertEquals(List.of("huy.sport"), find(CreatorQuery.builder().text("pham")));
        assertEquals(List.of("linh.beauty"), find(CreatorQuery.builder().text("beauty linh")));
        assertEquals(List.of(), find(CreatorQuery.builder().text("beauty minh")));
    }

    @Test
    void decliningOnlyAndExcludeDeclining_RLV4() {
        assertEquals(List.of("siti.home", "huy.sport"), find(CreatorQuery.builder().declining(Declining.ONLY)));
        assertEquals(List.of("emma.style", "mai.mom", "linh.beauty", "minh.tech", "tom.gadgets", "ploy.food"),
                find(CreatorQuery.builder().declining(Declining.EXCLUDE)));
    }

    @Test
    void filtersCombineWithAnd() {
        assertEquals(List.of("linh.beauty"), find(CreatorQuery.builder().levels(3, 4).followers(100_000L, null)
                .gender(GenderFilter.atLeast(Gender.FEMALE, 60)).regions(Region.VN)));
    }
}
