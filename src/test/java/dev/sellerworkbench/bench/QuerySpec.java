package dev.sellerworkbench.bench;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.search.CreatorQuery;
import dev.sellerworkbench.search.TextFold;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/// One Find Creators query of the benchmark's fixed mix, with what it means spelled out for the
/// engines measured beside the index: a JavaFX FilteredList + SortedList over creator objects
/// ([#predicate()], [#comparator()]) and the bare array scan ([LimitScan]). All three must give
/// the same page, ids and order, for the run to count (R-CR-3, R-ST-6: unknown figures sort
/// last in both directions, GMV ranks within each currency in alphabetical order of codes, ties
/// by ascending id).
record QuerySpec(String label, CreatorQuery query) {

    static final String[] CATEGORIES = {"Beauty", "Fashion", "Home", "Food", "Electronics", "Mother & Baby", "Sports", "Health"};
    static final CreatorQuery.Sort[] SORTS = {CreatorQuery.Sort.FOLLOWERS, CreatorQuery.Sort.VIDEOS,
            CreatorQuery.Sort.AVG_VIEWS, CreatorQuery.Sort.GMV, CreatorQuery.Sort.ENGAGEMENT, CreatorQuery.Sort.LEVEL};
    /// Words of the demo's names and handles, folded as the search box folds them.
    static final String[] WORDS = {"nguyen", "linh", "siti", "emma", "tran", "santos", "wong", "putri", "tan", "mai"};
    static final int KINDS = 24;
    static final int DEEP_OFFSET = 10_000;

    /// Query `kind` (0..KINDS-1) of a fixed mix, with fresh parameters from `random`. Every kind
    /// can match creators on the demo data (none is empty by construction); kinds 20–23 are a
    /// free-text search, a content type, unrated creators and declining ones; kinds 0 and 12
    /// ask for the page at offset 10,000 of a broad filter.
    static QuerySpec mixed(int kind, Random random, int page) {
        Region[] regions = {Region.VN, Region.ID, Region.GB, Region.TH, Region.MY, Region.PH};
        CreatorQuery.Builder b = CreatorQuery.builder();
        StringBuilder label = new StringBuilder("kind " + kind + ":");
        CreatorQuery.Sort sort = SORTS[kind % SORTS.length];
        boolean asc = kind % 9 == 4 || kind == 21;
        int offset = 0;
        if (kind < 20) {
            Region region = kind % 4 == 0 ? null : regions[random.nextInt(regions.length)];
            if (region != null) {
                b.regions(region);
                label.append(" region ").append(region);
            }
            int low = random.nextInt(6);
            Set<Integer> levels = kind % 3 == 0 ? Set.of() : kind % 3 == 1 ? Set.of(low, low + 1) : Set.of(low, low + 2, low + 3);
            if (!levels.isEmpty()) {
                b.levels(levels);
                label.append(" levels ").append(levels);
            }
            long min = kind % 5 == 0 ? 0 : (long) Math.pow(10, 2 + random.nextInt(4));
            long max = kind % 7 == 0 ? Math.max(min, 1_000) * (5 + random.nextInt(50)) : Long.MAX_VALUE;
            b.followers(min == 0 ? null : min, max == Long.MAX_VALUE ? null : max);
            label.append(" followers ").append(min).append("..").append(max == Long.MAX_VALUE ? "" : max);
            Gender gender = kind % 2 == 0 ? Gender.FEMALE : kind % 6 == 1 ? Gender.MALE : null;
            if (gender != null) {
                int pct = 40 + random.nextInt(30);
                b.gender(CreatorQuery.GenderFilter.atLeast(gender, pct));
                label.append(' ').append(gender).append(" ≥ ").append(pct).append('%');
            }
            if (kind % 4 == 1) {
                int band = random.nextInt(3);
                int pct = 20 + random.nextInt(20);
                b.age(CreatorQuery.AgeFilter.atLeast(band, pct));
                label.append(" age band ").append(band).append(" ≥ ").append(pct).append('%');
            }
            if (kind % 5 == 2) {
                String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                b.categories(category);
                label.append(" category ").append(category);
            }
            // a broad filter (no region, no level) read deep: the page at offset 10,000
            if (kind % 12 == 0) {
                offset = DEEP_OFFSET;
            }
        } else if (kind == 20) {
            String text = WORDS[random.nextInt(WORDS.length)];
            if (random.nextBoolean()) {
                text += " " + WORDS[random.nextInt(WORDS.length)];
            }
            b.text(text);
            label.append(" text \"").append(text).append('"');
        } else if (kind == 21) {
            ContentType type = ContentType.values()[random.nextInt(ContentType.values().length)];
            b.contentTypes(type).regions(regions[random.nextInt(regions.length)]);
            label.append(" content type ").append(type);
        } else if (kind == 22) {
            b.unrated(true).followers((long) Math.pow(10, 2 + random.nextInt(3)), null);
            label.append(" unrated");
        } else {
            b.declining(CreatorQuery.Declining.ONLY);
            if (random.nextBoolean()) {
                b.regions(regions[random.nextInt(regions.length)]);
            }
            label.append(" declining");
        }
        label.append(", sort ").append(sort).append(asc ? " ascending" : " descending").append(", offset ").append(offset);
        return new QuerySpec(label.toString(), b.sort(sort, asc).offset(offset).limit(page).build());
    }

    /// The same query asking for its match count alone.
    CreatorQuery countOnly() {
        return query.toBuilder().offset(0).limit(0).build();
    }

    Predicate<Creator> predicate() {
        CreatorQuery q = query;
        String[] words = TextFold.fold(q.text()).replace("@", " ").strip().split("\\s+");
        boolean byText = !q.text().isBlank();
        return c -> {
            if (!q.regions().isEmpty() && !q.regions().contains(c.region())) {
                return false;
            }
            boolean rated = c.level() != null && c.level().rated();
            if (!q.levels().isEmpty() || q.unrated()) {
                boolean ok = rated ? q.levels().contains(c.level().value()) : q.unrated();
                if (!ok) {
                    return false;
                }
            }
            long followers = saturate(c.followers());
            if (q.followersMin() != null && followers < q.followersMin()
                    || q.followersMax() != null && followers > q.followersMax()) {
                return false;
            }
            boolean declining = c.level() != null && c.level().declining();
            if (q.declining() != CreatorQuery.Declining.ANY && declining != (q.declining() == CreatorQuery.Declining.ONLY)) {
                return false;
            }
            if (!q.contentTypes().isEmpty() && (c.contentTypes() == null
                    || c.contentTypes().stream().noneMatch(q.contentTypes()::contains))) {
                return false;
            }
            Audience a = c.audience() == null ? Audience.UNKNOWN : c.audience();
            if (q.gender() != null && percent(a.shareOf(q.gender().gender())) < q.gender().minPercent()) {
                return false;
            }
            if (q.age() != null && percent(a.ages()[q.age().band()]) < q.age().minPercent()) {
                return false;
            }
            if (!q.categories().isEmpty() && c.categories().stream().noneMatch(have -> q.categories().stream()
                    .anyMatch(want -> want.strip().equalsIgnoreCase(have.strip())))) {
                return false;
            }
            if (byText) {
                String handle = TextFold.fold(c.handle());
                String name = TextFold.fold(c.name());
                for (String w : words) {
                    if (!handle.contains(w) && !name.contains(w)) {
                        return false;
                    }
                }
            }
            return true;
        };
    }

    /// Best first: the sort key (unknown last), then ascending id.
    Comparator<Creator> comparator(List<String> currenciesByCode) {
        boolean asc = query.ascending();
        CreatorQuery.Sort sort = query.sort();
        Comparator<Creator> byKey = Comparator.comparingLong(c -> key(c, sort, asc, currenciesByCode));
        return byKey.reversed().thenComparingLong(Creator::id);
    }

    /// The figure a creator is sorted by, larger is better: the value (negated when ascending),
    /// [Long#MIN_VALUE] when unknown; for GMV the currency's rank above the amount.
    static long key(Creator c, CreatorQuery.Sort sort, boolean asc, List<String> currenciesByCode) {
        long sign = asc ? -1 : 1;
        return switch (sort) {
            case FOLLOWERS -> sign * saturate(c.followers());
            case VIDEOS -> c.videos() < 0 ? Long.MIN_VALUE : sign * c.videos();
            case AVG_VIEWS -> sign * saturate(c.avgViews());
            case ENGAGEMENT -> c.engagementBp() < 0 ? Long.MIN_VALUE : sign * c.engagementBp();
            case LEVEL -> c.level() == null || !c.level().rated() ? Long.MIN_VALUE : sign * c.level().value();
            case GMV -> c.gmv30d() == null ? Long.MIN_VALUE
                    : gmvKey(sign, minorUnits(c), currenciesByCode.indexOf(c.gmv30d().currency()));
        };
    }

    static final int GMV_BITS = 56;
    static final long GMV_LIMIT = (1L << (GMV_BITS - 1)) - 1;

    /// Currencies listed one after another in alphabetical order of their codes (R-ST-6).
    static long gmvKey(long sign, long minor, int rankByCode) {
        long within = Math.max(-GMV_LIMIT, Math.min(GMV_LIMIT, sign * minor)) + GMV_LIMIT + 1;
        return (long) (63 - rankByCode) << GMV_BITS | within;
    }

    static long minorUnits(Creator c) {
        return c.gmv30d().amount().movePointRight(Currencies.minorUnits(c.gmv30d().currency()))
                .setScale(0, java.math.RoundingMode.HALF_EVEN).longValue();
    }

    /// Followers and views are compared as the index holds them, saturated at Integer.MAX_VALUE.
    static long saturate(long value) {
        return Math.max(0, Math.min(Integer.MAX_VALUE, value));
    }

    /// A share in whole percent (floor), -1 when unstated, so no threshold lets it through.
    static int percent(int bp) {
        return bp == Audience.UNSTATED ? -1 : bp / 100;
    }

    static String fold(Creator c) {
        return TextFold.fold(c.handle()) + '\u0001' + TextFold.fold(c.name());
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
