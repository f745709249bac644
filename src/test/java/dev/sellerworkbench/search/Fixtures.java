package dev.sellerworkbench.search;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.store.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// A small workspace whose answers are known by hand. Shares are hundredths of a percent; the
/// boundary cases sit exactly on the thresholds the tests use (60% female, 30% aged 18–24,
/// 100,000 followers).
final class Fixtures {

    private Fixtures() {
    }

    static Creator creator(String handle, String name, Region region, long followers, int videos, long avgViews,
                           int engagementBp, String gmv, List<String> categories, Set<ContentType> types,
                           Audience audience, Level level) {
        return new Creator(0, handle, name, region, null, followers, videos, avgViews, engagementBp,
                Money.of(gmv, region.currency()), 0, 0, categories, types, null, null, audience, level);
    }

    static Audience audience(int female, int male, int other, int a18, int a25, int a35, int a45, int a55) {
        return new Audience(female, male, other, a18, a25, a35, a45, a55);
    }

    /// The eight creators, inserted in this order (ids 1..8 in a fresh workspace).
    static List<Creator> eight() {
        return List.of(
                creator("linh.beauty", "Nguyễn Thị Linh", Region.VN, 150_000, 300, 40_000, 520, "250000000",
                        List.of("Beauty"), Set.of(ContentType.LIVE, ContentType.VIDEO),
                        audience(7_200, 2_700, 100, 3_000, 4_200, 1_800, 700, 300), Level.official(4)),
                creator("minh.tech", "Trần Minh", Region.VN, 90_000, 120, 25_000, 310, "80000000",
                        List.of("Electronics"), Set.of(ContentType.VIDEO),
                        audience(2_000, 7_900, 100, 4_000, 3_500, 1_500, 700, 300), Level.official(3)),
                creator("siti.home", "Siti Lestari", Region.ID, 100_000, 800, 12_000, 900, "500000000",
                        List.of("Home", "Food"), Set.of(ContentType.LINK),
                        audience(6_000, 3_900, 100, 3_000, 3_000, 2_000, 1_000, 1_000), Level.projected(3).withDeclining(true)),
                creator("emma.style", "Emma Taylor", Region.GB, 2_000_000, 50, 700_000, 150, "12345.67",
                        List.of("Fashion", "Beauty"), Set.of(ContentType.LIVE),
                        audience(5_999, 3_901, 100, 2_999, 5_001, 1_000, 500, 500), Level.official(7)),
                creator("ploy.food", "Ploy Srisuk", Region.TH, 5_000, 40, 800, 1_200, "0",
                        List.of("Food"), Set.of(ContentType.VIDEO), Audience.UNKNOWN, null),
                creator("huy.sport", "Phạm Huy", Region.VN, 99_999, 60, 20_000, 410, "1000000",
                        List.of("Sports"), Set.of(ContentType.VIDEO, ContentType.LINK),
                        audience(3_000, 6_800, 200, 2_000, 3_000, 3_000, 1_500, 500), Level.official(4).withDeclining(true)),
                creator("mai.mom", "Hoàng Mai", Region.VN, 300_000, 900, 90_000, 700, "900000000",
                        List.of("Mother & Baby"), Set.of(ContentType.LIVE),
                        audience(8_500, 1_400, 100, 1_000, 5_000, 3_000, 800, 200), Level.unrated(dev.sellerworkbench.domain.LevelKind.OFFICIAL)),
                creator("tom.gadgets", "Tom Clarke", Region.GB, 40_000, 200, 8_000, 260, "500.00",
                        List.of("Electronics"), Set.of(ContentType.VIDEO),
                        audience(5_000, 5_000, 0, 2_000, 2_000, 2_000, 2_000, 2_000), Level.official(2)));
    }

    /// Inserts [#eight] and returns handle → id.
    static Map<String, Long> insertEight(Workspace workspace) {
        List<Creator> creators = eight();
        long[] ids = workspace.creators().insertAll(creators);
        Map<String, Long> byHandle = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            byHandle.put(creators.get(i).handle(), ids[i]);
        }
        return byHandle;
    }
}
