package dev.sellerworkbench.bench;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.search.CreatorQuery;
import java.util.Comparator;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/// One Find Creators query, expressed for the three engines measured side by side: the search
/// index, a JavaFX FilteredList + SortedList, and a bare scan over arrays.
record QuerySpec(Region region, Set<Integer> levels, long minFollowers, long maxFollowers, Gender gender, int genderPct,
                 int ageBand, int agePct, String category, CreatorQuery.Sort sort, boolean asc) {

    static final String[] CATEGORIES = {"Beauty", "Fashion", "Home", "Food", "Electronics", "Mother & Baby", "Sports", "Health"};
    static final CreatorQuery.Sort[] SORTS = {CreatorQuery.Sort.FOLLOWERS, CreatorQuery.Sort.VIDEOS,
            CreatorQuery.Sort.AVG_VIEWS, CreatorQuery.Sort.GMV, CreatorQuery.Sort.ENGAGEMENT, CreatorQuery.Sort.LEVEL};

    /// Query `kind` (0..19) of a fixed mix, with fresh parameters from `random`.
    static QuerySpec mixed(int kind, Random random) {
        Region[] regions = {Region.VN, Region.ID, Region.GB, Region.TH, Region.MY, Region.PH};
        Region region = kind % 4 == 0 ? null : regions[random.nextInt(regions.length)];
        int low = random.nextInt(6);
        Set<Integer> levels = kind % 3 == 0 ? Set.of() : kind % 3 == 1 ? Set.of(low, low + 1) : Set.of(low, low + 2, low + 3);
        long min = kind % 5 == 0 ? 0 : (long) Math.pow(10, 2 + random.nextInt(4));
        long max = kind % 7 == 0 ? min * (5 + random.nextInt(50)) : Long.MAX_VALUE;
        Gender gender = kind % 2 == 0 ? Gender.FEMALE : kind % 6 == 1 ? Gender.MALE : null;
        int genderPct = gender == null ? 0 : 40 + random.nextInt(30);
        int ageBand = kind % 4 == 1 ? random.nextInt(3) : -1;
        int agePct = ageBand < 0 ? 0 : 20 + random.nextInt(20);
        String category = kind % 5 == 2 ? CATEGORIES[random.nextInt(CATEGORIES.length)] : null;
        return new QuerySpec(region, levels, min, max, gender, genderPct, ageBand, agePct, category,
                SORTS[kind % SORTS.length], kind % 9 == 4);
    }

    CreatorQuery toQuery(int limit) {
        CreatorQuery.Builder b = CreatorQuery.builder();
        if (region != null) {
            b.regions(region);
        }
        if (!levels.isEmpty()) {
            b.levels(levels);
        }
        b.followers(minFollowers == 0 ? null : minFollowers, maxFollowers == Long.MAX_VALUE ? null : maxFollowers);
        if (gender != null) {
            b.gender(CreatorQuery.GenderFilter.atLeast(gender, genderPct));
        }
        if (ageBand >= 0) {
            b.age(CreatorQuery.AgeFilter.atLeast(ageBand, agePct));
        }
        if (category != null) {
            b.categories(category);
        }
        return b.sort(sort, asc).offset(0).limit(limit).build();
    }

    Predicate<Creator> predicate() {
        return c -> {
            if (region != null && c.region() != region) {
                return false;
            }
            if (!levels.isEmpty() && (c.level() == null || !c.level().rated() || !levels.contains(c.level().value()))) {
                return false;
            }
            if (c.followers() < minFollowers || c.followers() > maxFollowers) {
                return false;
            }
            Audience a = c.audience();
            if (gender != null && a.shareOf(gender) / 100 < genderPct) {
                return false;
            }
            if (ageBand >= 0 && a.ages()[ageBand] / 100 < agePct) {
                return false;
            }
            return category == null || c.categories().contains(category);
        };
    }

    Comparator<Creator> comparator() {
        Comparator<Creator> by = switch (sort) {
            case FOLLOWERS -> Comparator.comparingLong(Creator::followers);
            case VIDEOS -> Comparator.comparingInt(Creator::videos);
            case AVG_VIEWS -> Comparator.comparingLong(Creator::avgViews);
            case GMV -> Comparator.comparing(c -> c.gmv30d().amount().movePointRight(
                    dev.sellerworkbench.domain.Currencies.minorUnits(c.gmv30d().currency())).longValue());
            case ENGAGEMENT -> Comparator.comparingInt(Creator::engagementBp);
            case LEVEL -> Comparator.comparingInt(c -> c.level() == null || !c.level().rated() ? -1 : c.level().value());
        };
        return (asc ? by : by.reversed()).thenComparingLong(Creator::id);
    }
}
