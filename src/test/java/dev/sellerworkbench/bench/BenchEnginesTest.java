package dev.sellerworkbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.search.CreatorIndex;
import dev.sellerworkbench.search.CreatorPage;
import dev.sellerworkbench.search.CreatorQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The benchmark's three engines (the index, the naive list, the floor scan) answer every query
/// of its mix with the same page, ids and order, on a few thousand creators with unknown figures,
/// unrated and declining creators and several currencies (R-CR-3, R-ST-6); and the comparison
/// notices a page that differs.
class BenchEnginesTest {

    static final String[] FIRST = {"Linh", "Nguyễn", "Siti", "Emma", "Trần", "Santos", "Wong", "Putri", "Tan", "Mai"};
    static List<Creator> creators;
    static CreatorIndex index;

    @BeforeAll
    static void creators() {
        Random random = new Random(7);
        creators = new ArrayList<>();
        index = CreatorIndex.empty();
        Region[] regions = {Region.VN, Region.ID, Region.GB, Region.TH, Region.MY, Region.PH};
        for (int i = 1; i <= 3_000; i++) {
            Region region = regions[random.nextInt(regions.length)];
            int female = 2_000 + random.nextInt(7_000);
            int other = random.nextInt(300);
            Audience audience = random.nextInt(20) == 0 ? Audience.UNKNOWN : new Audience(female, 10_000 - female - other,
                    other, 2_000, 3_000, 2_000, 2_000, 1_000);
            int lv = random.nextInt(9);
            Level level = random.nextInt(7) == 0 ? null : new Level(lv, LevelKind.OFFICIAL, random.nextInt(8) == 0);
            String name = FIRST[random.nextInt(FIRST.length)] + " " + FIRST[random.nextInt(FIRST.length)];
            Creator c = new Creator(i, "h" + i + name.replace(" ", "").toLowerCase(), name, region, null,
                    (long) Math.pow(10, 1 + 5 * random.nextDouble()), random.nextInt(10) == 0 ? -1 : random.nextInt(50),
                    random.nextInt(30) * 100L, random.nextInt(10) == 0 ? -1 : random.nextInt(2_000),
                    random.nextInt(15) == 0 ? null : Money.of(BigDecimal.valueOf(random.nextInt(500)), region.currency()),
                    0, 0, List.of(QuerySpec.CATEGORIES[random.nextInt(8)], QuerySpec.CATEGORIES[random.nextInt(8)]).stream()
                            .distinct().toList(),
                    EnumSet.of(ContentType.values()[random.nextInt(3)]), null, null, audience, level);
            creators.add(c);
            index.upsert(c);
        }
    }

    @Test
    void everyEngineGivesTheSamePageForEveryKindOfQuery() throws Exception {
        ObservableList<Creator> list = FXCollections.observableArrayList(creators);
        try (LimitScan limit = new LimitScan(creators, 2)) {
            Random random = new Random(11);
            int nonEmpty = 0;
            for (int rep = 0; rep < 3; rep++) {
                for (int kind = 0; kind < QuerySpec.KINDS; kind++) {
                    QuerySpec q = QuerySpec.mixed(kind, random, 20);
                    // a deep page that this small set can still fill
                    CreatorQuery query = q.query().offset() > 0 ? q.query().page(40, 20) : q.query();
                    QuerySpec spec = new QuerySpec(q.label(), query);
                    CreatorPage page = index.search(query);
                    Benchmarks.NaivePage naive = Benchmarks.naivePage(list, spec, limit.currenciesByCode());
                    LimitScan.Result two = limit.search(query);
                    LimitScan.Result one = limit.searchOneThread(query);
                    assertEquals(page.ids(), naive.ids(), q.label());
                    assertEquals(page.ids(), Arrays.stream(two.ids()).boxed().toList(), q.label());
                    assertEquals(page.ids(), Arrays.stream(one.ids()).boxed().toList(), q.label());
                    assertEquals(page.total(), naive.total(), q.label());
                    assertEquals(page.total(), two.count(), q.label());
                    assertEquals(page.total(), one.count(), q.label());
                    nonEmpty += page.ids().isEmpty() ? 0 : 1;
                }
            }
            assertTrue(nonEmpty > 3 * QuerySpec.KINDS * 3 / 4, "most queries find creators: " + nonEmpty);
        }
    }

    @Test
    void theFloorScanSortsUnknownFiguresLastAndBreaksTiesById() throws Exception {
        try (LimitScan limit = new LimitScan(creators, 1)) {
            for (boolean asc : new boolean[] {true, false}) {
                CreatorQuery q = CreatorQuery.builder().sort(CreatorQuery.Sort.ENGAGEMENT, asc).limit(creators.size()).build();
                long[] ids = limit.searchOneThread(q).ids();
                Creator last = byId(ids[ids.length - 1]);
                assertEquals(-1, last.engagementBp(), "unknown engagement last, ascending " + asc);
                Creator first = byId(ids[0]);
                Creator second = byId(ids[1]);
                assertTrue(asc ? first.engagementBp() <= second.engagementBp() : first.engagementBp() >= second.engagementBp());
                if (first.engagementBp() == second.engagementBp()) {
                    assertTrue(first.id() < second.id());
                }
            }
        }
    }

    private static Creator byId(long id) {
        return creators.get((int) id - 1);
    }
}
