package dev.sellerworkbench.search;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.search.Recommendation.Kind;
import dev.sellerworkbench.search.Recommendation.Reason;
import dev.sellerworkbench.store.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/// Recommended creators for a plan's products (R-CR-6), scored out of 100 from the index:
///
/// | part | points | how |
/// |---|---|---|
/// | category fit | 40 | share of the plan's categories the creator promotes |
/// | audience fit | 30 | against the seller's target audience; full points at or above each target share, in proportion below it; split 15/15 when both gender and age are set |
/// | level | 20 | L8 = 20, in proportion below; unrated 0; declining −5 |
/// | recent GMV | 10 | rank of the 30-day GMV among creators selling in the same currency |
///
/// Only creators who promote at least one of the plan's categories are recommended. Ties go to
/// the lower creator id. Integer arithmetic throughout, so a score never wobbles.
public final class Recommender {

    static final int CATEGORY_POINTS = 40;
    static final int AUDIENCE_POINTS = 30;
    static final int LEVEL_POINTS = 20;
    static final int GMV_POINTS = 10;
    static final int DECLINING_PENALTY = 5;
    static final int TOP_LEVEL = 8;

    private final CreatorIndex index;
    private long ranksVersion = -1;
    private long[][] ranksByCurrency = new long[0][];

    public Recommender(CreatorIndex index) {
        this.index = index;
    }

    /// The best `limit` creators for these categories and audience, optionally in some regions
    /// only (empty: all), best first.
    public List<Recommendation> recommend(Collection<String> categories, TargetAudience target, Set<Region> regions,
                                          int limit) {
        List<String> wanted = distinct(categories);
        List<Recommendation> out = new ArrayList<>();
        if (wanted.isEmpty() || limit <= 0) {
            return out;
        }
        index.readLocked(() -> {
            long[][] ranks = gmvRanks();
            int bits = 0;
            List<Integer> overflow = new ArrayList<>();
            for (String name : wanted) {
                int at = index.categoryIndexOf(name);
                if (at >= 31) {
                    overflow.add(at);
                } else if (at >= 0) {
                    bits |= 1 << at;
                }
            }
            if (bits == 0 && overflow.isEmpty()) {
                return;
            }
            int regionMask = 0;
            for (Region region : regions) {
                regionMask |= 1 << region.ordinal();
            }
            int mask = regionMask;
            RowSubject subject = new RowSubject(index, bits, overflow.stream().mapToInt(Integer::intValue).toArray(), ranks);
            TopK top = new TopK(limit);
            index.forEachRow((idx, row) -> {
                if (mask != 0 && (mask & 1 << idx.regionAt(row)) == 0) {
                    return;
                }
                subject.row = row;
                if (subject.matchedCount() > 0) {
                    top.offer(evaluate(subject, wanted.size(), target, null), row);
                }
            });
            for (int row : top.drainBestFirst()) {
                subject.row = row;
                List<Reason> reasons = new ArrayList<>();
                int score = evaluate(subject, wanted.size(), target, reasons);
                out.add(new Recommendation(index.idAt(row), score, reasons));
            }
        });
        return out;
    }

    /// Scores one creator, e.g. for the detail pane or the application queue's "audience fit".
    public Recommendation score(Creator creator, Collection<String> categories, TargetAudience target) {
        List<String> wanted = distinct(categories);
        Set<String> held = new LinkedHashSet<>();
        creator.categories().forEach(c -> held.add(c.strip().toLowerCase(Locale.ROOT)));
        List<String> matched = wanted.stream().filter(w -> held.contains(w.strip().toLowerCase(Locale.ROOT))).toList();
        long[][] sameCurrency = new long[1][];
        index.readLocked(() -> {
            long[][] ranks = gmvRanks();
            int code = index.currencyCodeOf(creator.gmv30d() == null ? creator.region().currency() : creator.gmv30d().currency());
            sameCurrency[0] = code >= 0 && code < ranks.length ? ranks[code] : null;
        });
        List<Reason> reasons = new ArrayList<>();
        int score = evaluate(new CreatorSubject(creator, matched, sameCurrency[0]), wanted.size(), target, reasons);
        return new Recommendation(creator.id(), score, reasons);
    }

    /// The categories of the products in a plan (removed products left out), in plan order.
    public static Set<String> planCategories(Workspace workspace, long planId) {
        Set<String> categories = new LinkedHashSet<>();
        for (PlanItem item : workspace.plans().items(planId)) {
            if (item.removedAt() == null) {
                workspace.products().findById(item.productId())
                        .map(p -> p.category())
                        .filter(c -> c != null && !c.isBlank())
                        .ifPresent(categories::add);
            }
        }
        return categories;
    }

    private static List<String> distinct(Collection<String> categories) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String c : categories) {
            if (c != null && !c.isBlank()) {
                byKey.putIfAbsent(c.strip().toLowerCase(Locale.ROOT), c.strip());
            }
        }
        return List.copyOf(byKey.values());
    }

    /// What a score is computed from: a slot of the index or a [Creator].
    private interface Subject {
        int matchedCount();

        List<String> matchedNames();

        int genderPercent(Gender gender);

        int agePercent(int band);

        int dominantGender();

        int dominantBand();

        int level();

        boolean projected();

        boolean declining();

        long gmvMinor();

        String currency();

        long[] sameCurrencyGmv();
    }

    /// A cursor over index slots: no allocation per creator while ranking.
    private static final class RowSubject implements Subject {
        private final CreatorIndex index;
        private final int wantedBits;
        private final int[] wantedOverflow;
        private final long[][] ranks;
        int row;

        RowSubject(CreatorIndex index, int wantedBits, int[] wantedOverflow, long[][] ranks) {
            this.index = index;
            this.wantedBits = wantedBits;
            this.wantedOverflow = wantedOverflow;
            this.ranks = ranks;
        }

        @Override
        public int matchedCount() {
            return index.matchedCategories(row, wantedBits, wantedOverflow);
        }

        @Override
        public List<String> matchedNames() {
            List<String> names = new ArrayList<>();
            for (int category : index.categoriesAt(row)) {
                boolean wanted = category < 31 ? (wantedBits & 1 << category) != 0
                        : Arrays.stream(wantedOverflow).anyMatch(w -> w == category);
                if (wanted) {
                    names.add(index.categoryName(category));
                }
            }
            return names;
        }

        @Override
        public int genderPercent(Gender gender) {
            return index.genderPercentAt(row, gender);
        }

        @Override
        public int agePercent(int band) {
            return index.agePercentAt(row, band);
        }

        @Override
        public int dominantGender() {
            return index.dominantGenderAt(row);
        }

        @Override
        public int dominantBand() {
            return index.dominantBandAt(row);
        }

        @Override
        public int level() {
            return index.levelAt(row);
        }

        @Override
        public boolean projected() {
            return index.kindAt(row) == CreatorIndex.KIND_PROJECTED;
        }

        @Override
        public boolean declining() {
            return index.decliningAt(row);
        }

        @Override
        public long gmvMinor() {
            return index.gmvAt(row);
        }

        @Override
        public String currency() {
            return index.currencyAt(row);
        }

        @Override
        public long[] sameCurrencyGmv() {
            int code = index.currencyCodeAt(row);
            return code < ranks.length ? ranks[code] : null;
        }
    }

    /// A creator read from the store, scored against the index's GMV ranks.
    private record CreatorSubject(Creator creator, List<String> matched, long[] sameCurrencyGmv) implements Subject {

        private Audience audience() {
            return creator.audience() == null ? Audience.UNKNOWN : creator.audience();
        }

        @Override
        public int matchedCount() {
            return matched.size();
        }

        @Override
        public List<String> matchedNames() {
            return matched;
        }

        @Override
        public int genderPercent(Gender gender) {
            return audience().shareOf(gender) / 100;
        }

        @Override
        public int agePercent(int band) {
            return audience().ages()[band] / 100;
        }

        @Override
        public int dominantGender() {
            Gender g = audience().dominantGender();
            return g == null ? -1 : g.ordinal();
        }

        @Override
        public int dominantBand() {
            return audience().dominantAgeBand();
        }

        @Override
        public int level() {
            Level level = creator.level();
            return level == null || !level.rated() ? CreatorIndex.UNRATED : level.value();
        }

        @Override
        public boolean projected() {
            return creator.level() != null && creator.level().kind() == LevelKind.PROJECTED;
        }

        @Override
        public boolean declining() {
            return creator.level() != null && creator.level().declining();
        }

        @Override
        public long gmvMinor() {
            return creator.gmv30d() == null ? CreatorIndex.GMV_UNKNOWN
                    : CreatorIndex.minorUnits(creator.gmv30d().amount(), creator.gmv30d().currency());
        }

        @Override
        public String currency() {
            return creator.gmv30d() == null ? creator.region().currency() : creator.gmv30d().currency();
        }
    }

    /// The score; when `reasons` is not null, also what it is made of.
    private static int evaluate(Subject f, int wantedCount, TargetAudience target, List<Reason> reasons) {
        int matched = f.matchedCount();
        int score = CATEGORY_POINTS * matched / Math.max(1, wantedCount);
        if (reasons != null && matched > 0) {
            reasons.add(new Reason(Kind.CATEGORY, score, f.matchedNames(), matched));
        }
        int genderMax = target.gender() == null ? 0 : target.age() == null ? AUDIENCE_POINTS : AUDIENCE_POINTS / 2;
        int ageMax = target.age() == null ? 0 : AUDIENCE_POINTS - genderMax;
        if (target.gender() != null) {
            Gender g = target.gender().gender();
            int share = Math.max(0, f.genderPercent(g)); // an unstated share earns nothing
            Integer wanted = target.gender().minPercent();
            boolean met = wanted == null ? f.dominantGender() == g.ordinal() : share >= wanted;
            int points = met ? genderMax : wanted == null || wanted == 0 ? 0 : genderMax * share / wanted;
            score += points;
            if (reasons != null && met && share > 0) {
                reasons.add(new Reason(Kind.AUDIENCE_GENDER, points, List.of(g.name().toLowerCase(Locale.ROOT)), share));
            }
        }
        if (target.age() != null) {
            int band = target.age().band();
            int share = Math.max(0, f.agePercent(band));
            Integer wanted = target.age().minPercent();
            boolean met = wanted == null ? f.dominantBand() == band : share >= wanted;
            int points = met ? ageMax : wanted == null || wanted == 0 ? 0 : ageMax * share / wanted;
            score += points;
            if (reasons != null && met && share > 0) {
                reasons.add(new Reason(Kind.AUDIENCE_AGE, points, List.of(Recommendation.bandLabel(band)), share));
            }
        }
        int level = f.level();
        if (level == CreatorIndex.UNRATED) {
            if (reasons != null) {
                reasons.add(new Reason(Kind.UNRATED, 0, List.of(), 0));
            }
        } else {
            int points = LEVEL_POINTS * Math.min(level, TOP_LEVEL) / TOP_LEVEL;
            score += points;
            if (reasons != null) {
                String kind = f.projected() ? "projected" : "official";
                reasons.add(new Reason(Kind.LEVEL, points, List.of(kind), level));
            }
        }
        if (f.declining()) {
            score -= DECLINING_PENALTY;
            if (reasons != null) {
                reasons.add(new Reason(Kind.DECLINING, -DECLINING_PENALTY, List.of(), 0));
            }
        }
        long[] sorted = f.sameCurrencyGmv();
        long gmv = f.gmvMinor();
        if (sorted != null && sorted.length > 0 && gmv > 0) {
            int below = lowerBound(sorted, gmv);
            int points = (int) ((long) GMV_POINTS * below / sorted.length);
            score += points;
            int percentile = (int) (100L * below / sorted.length);
            if (reasons != null && percentile >= 50) {
                reasons.add(new Reason(Kind.GMV, points, List.of(f.currency()), Math.max(1, 100 - percentile)));
            }
        }
        return Math.max(0, Math.min(100, score));
    }

    private static int lowerBound(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /// Every creator's GMV, sorted, per currency code of the index; rebuilt when the index
    /// changed. Caller holds the read lock.
    private synchronized long[][] gmvRanks() {
        long version = index.versionLocked();
        if (version == ranksVersion) {
            return ranksByCurrency;
        }
        int currencies = index.currencyCount();
        int[] counts = new int[currencies];
        // unknown GMV takes no rank, so it neither earns points nor pushes others up
        index.forEachRow((idx, row) -> {
            if (idx.gmvAt(row) != CreatorIndex.GMV_UNKNOWN) {
                counts[idx.currencyCodeAt(row)]++;
            }
        });
        long[][] ranks = new long[currencies][];
        for (int c = 0; c < currencies; c++) {
            ranks[c] = new long[counts[c]];
        }
        int[] filled = new int[currencies];
        index.forEachRow((idx, row) -> {
            int code = idx.currencyCodeAt(row);
            if (idx.gmvAt(row) != CreatorIndex.GMV_UNKNOWN) {
                ranks[code][filled[code]++] = idx.gmvAt(row);
            }
        });
        for (long[] values : ranks) {
            Arrays.parallelSort(values);
        }
        ranksByCurrency = ranks;
        ranksVersion = version;
        return ranks;
    }
}
