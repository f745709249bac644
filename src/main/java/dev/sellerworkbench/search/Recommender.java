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
import java.util.HashMap;
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
    private long gmvVersion = -1;
    private Map<String, long[]> gmvByCurrency = Map.of();

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
            Map<String, long[]> gmv = gmvRanks();
            int[] wantedIndex = wanted.stream().mapToInt(index::categoryIndexOf).toArray();
            int regionMask = 0;
            for (Region region : regions) {
                regionMask |= 1 << region.ordinal();
            }
            int mask = regionMask;
            CreatorIndex.TopK top = new CreatorIndex.TopK(limit);
            index.forEachRow((idx, row) -> {
                if (mask != 0 && (mask & 1 << idx.regionAt(row)) == 0) {
                    return;
                }
                Facts facts = facts(row, wanted, wantedIndex, gmv);
                if (facts.matched.isEmpty()) {
                    return;
                }
                top.offer(evaluate(facts, wanted.size(), target, null), row);
            });
            for (int row : top.drainBestFirst()) {
                List<Reason> reasons = new ArrayList<>();
                int score = evaluate(facts(row, wanted, wantedIndex, gmv), wanted.size(), target, reasons);
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
        Audience a = creator.audience() == null ? Audience.UNKNOWN : creator.audience();
        int[] genderPercent = {a.femaleBp() / 100, a.maleBp() / 100, a.otherBp() / 100};
        int[] agePercent = Arrays.stream(a.ages()).map(bp -> bp / 100).toArray();
        Gender dominant = a.dominantGender();
        Level level = creator.level();
        long[][] below = new long[1][];
        index.readLocked(() -> below[0] = gmvRanks().get(creator.gmv30d().currency()));
        long minor = CreatorIndex.minorUnits(creator.gmv30d().amount(), creator.gmv30d().currency());
        Facts facts = new Facts(matched, genderPercent, agePercent, dominant == null ? -1 : dominant.ordinal(),
                a.dominantAgeBand(), level == null || !level.rated() ? CreatorIndex.UNRATED : level.value(),
                level == null ? 0 : level.kind() == LevelKind.OFFICIAL ? CreatorIndex.KIND_OFFICIAL : CreatorIndex.KIND_PROJECTED,
                level != null && level.declining(), minor, creator.gmv30d().currency(), below[0]);
        List<Reason> reasons = new ArrayList<>();
        int score = evaluate(facts, wanted.size(), target, reasons);
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
        Map<String, String> byKey = new java.util.LinkedHashMap<>();
        for (String c : categories) {
            if (c != null && !c.isBlank()) {
                byKey.putIfAbsent(c.strip().toLowerCase(Locale.ROOT), c.strip());
            }
        }
        return List.copyOf(byKey.values());
    }

    /// What a score is computed from, read from the index or from a [Creator].
    private record Facts(List<String> matched, int[] genderPercent, int[] agePercent, int dominantGender,
                         int dominantBand, int level, int kind, boolean declining, long gmvMinor, String currency,
                         long[] sameCurrencyGmv) {
    }

    private Facts facts(int row, List<String> wanted, int[] wantedIndex, Map<String, long[]> gmv) {
        int[] held = index.categoriesAt(row);
        List<String> matched = List.of();
        for (int i = 0; i < wantedIndex.length; i++) {
            if (wantedIndex[i] >= 0 && contains(held, wantedIndex[i])) {
                if (matched.isEmpty()) {
                    matched = new ArrayList<>(2);
                }
                matched.add(index.categoryName(wantedIndex[i]));
            }
        }
        if (matched.isEmpty()) {
            return new Facts(matched, null, null, -1, -1, 0, 0, false, 0, null, null);
        }
        int[] genderPercent = new int[3];
        for (Gender g : Gender.values()) {
            genderPercent[g.ordinal()] = index.genderPercentAt(row, g);
        }
        int[] agePercent = new int[5];
        for (int band = 0; band < 5; band++) {
            agePercent[band] = index.agePercentAt(row, band);
        }
        String currency = index.currencyAt(row);
        return new Facts(matched, genderPercent, agePercent, index.dominantGenderAt(row), index.dominantBandAt(row),
                index.levelAt(row), index.kindAt(row), index.decliningAt(row), index.gmvAt(row), currency,
                gmv.get(currency));
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /// The score; when `reasons` is not null, also what it is made of.
    static int evaluate(Facts f, int wantedCount, TargetAudience target, List<Reason> reasons) {
        int score = CATEGORY_POINTS * f.matched.size() / Math.max(1, wantedCount);
        if (reasons != null && !f.matched.isEmpty()) {
            reasons.add(new Reason(Kind.CATEGORY, score, f.matched, f.matched.size()));
        }
        int genderMax = target.gender() == null ? 0 : target.age() == null ? AUDIENCE_POINTS : AUDIENCE_POINTS / 2;
        int ageMax = target.age() == null ? 0 : AUDIENCE_POINTS - genderMax;
        if (target.gender() != null) {
            Gender g = target.gender().gender();
            int share = f.genderPercent[g.ordinal()];
            Integer wanted = target.gender().minPercent();
            boolean met = wanted == null ? f.dominantGender == g.ordinal() : share >= wanted;
            int points = met ? genderMax : wanted == null || wanted == 0 ? 0 : genderMax * share / wanted;
            score += points;
            if (reasons != null && met && share > 0) {
                reasons.add(new Reason(Kind.AUDIENCE_GENDER, points, List.of(g.name().toLowerCase(Locale.ROOT)), share));
            }
        }
        if (target.age() != null) {
            int band = target.age().band();
            int share = f.agePercent[band];
            Integer wanted = target.age().minPercent();
            boolean met = wanted == null ? f.dominantBand == band : share >= wanted;
            int points = met ? ageMax : wanted == null || wanted == 0 ? 0 : ageMax * share / wanted;
            score += points;
            if (reasons != null && met && share > 0) {
                reasons.add(new Reason(Kind.AUDIENCE_AGE, points, List.of(Recommendation.bandLabel(band)), share));
            }
        }
        if (f.level == CreatorIndex.UNRATED) {
            if (reasons != null) {
                reasons.add(new Reason(Kind.UNRATED, 0, List.of(), 0));
            }
        } else {
            int points = LEVEL_POINTS * Math.min(f.level, TOP_LEVEL) / TOP_LEVEL;
            score += points;
            if (reasons != null) {
                String kind = f.kind == CreatorIndex.KIND_PROJECTED ? "projected" : "official";
                reasons.add(new Reason(Kind.LEVEL, points, List.of(kind), f.level));
            }
        }
        if (f.declining) {
            score -= DECLINING_PENALTY;
            if (reasons != null) {
                reasons.add(new Reason(Kind.DECLINING, -DECLINING_PENALTY, List.of(), 0));
            }
        }
        long[] sorted = f.sameCurrencyGmv;
        if (sorted != null && sorted.length > 0 && f.gmvMinor > 0) {
            int below = lowerBound(sorted, f.gmvMinor);
            int points = (int) ((long) GMV_POINTS * below / sorted.length);
            score += points;
            int percentile = (int) (100L * below / sorted.length);
            if (reasons != null && percentile >= 50) {
                reasons.add(new Reason(Kind.GMV, points, List.of(f.currency), Math.max(1, 100 - percentile)));
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

    /// Every creator's GMV per currency, sorted, rebuilt when the index changed. Caller holds the read lock.
    private synchronized Map<String, long[]> gmvRanks() {
        long version = index.versionLocked();
        if (version == gmvVersion) {
            return gmvByCurrency;
        }
        Map<String, long[]> values = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        index.forEachRow((idx, row) -> {
            String currency = idx.currencyAt(row);
            long[] array = values.computeIfAbsent(currency, c -> new long[1_024]);
            int n = counts.getOrDefault(currency, 0);
            if (n == array.length) {
                array = Arrays.copyOf(array, n * 2);
                values.put(currency, array);
            }
            array[n] = idx.gmvAt(row);
            counts.put(currency, n + 1);
        });
        Map<String, long[]> sorted = new HashMap<>();
        values.forEach((currency, array) -> {
            long[] exact = Arrays.copyOf(array, counts.get(currency));
            Arrays.parallelSort(exact);
            sorted.put(currency, exact);
        });
        gmvByCurrency = sorted;
        gmvVersion = version;
        return sorted;
    }
}
