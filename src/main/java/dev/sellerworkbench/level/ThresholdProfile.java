package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.domain.Region;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// TikTok Shop's kind of profile (R-LV-1): per region, each level has a minimum monthly GMV in the
/// region's currency, a minimum of active days and of distinct products promoted. The level is
/// the highest whose every minimum is met.
public record ThresholdProfile(String id, String name, String source, boolean editableDefaults, int maxLevel,
                               Map<Region, RegionThresholds> regions, Map<Integer, List<String>> benefits)
        implements LevelProfile {

    /// One region's ladder; `steps.get(n)` is level n.
    public record RegionThresholds(String currency, List<Step> steps) {
    }

    /// The minimums of one level.
    public record Step(int level, BigDecimal gmv, int activeDays, int products) {
    }

    public ThresholdProfile {
        regions = Map.copyOf(regions);
        benefits = Map.copyOf(benefits);
    }

    /// The regions with a ladder of thresholds (R-LV-12).
    @Override
    public Set<Region> ratedRegions() {
        return regions.keySet();
    }

    @Override
    public Evaluation evaluate(MonthlyStats stats, Region region) {
        String currency = stats.gmv().currency();
        Region where = region != null ? region : Currencies.regionOf(currency);
        RegionThresholds ladder = where == null ? null : regions.get(where);
        if (ladder == null) {
            return Evaluation.thresholds(id, null,
                    Diagnosis.notApplicable("region", where == null ? currency : where.name()));
        }
        if (!ladder.currency().equals(currency)) {
            return Evaluation.thresholds(id, null, Diagnosis.notApplicable("currency", currency, ladder.currency()));
        }
        List<Step> steps = ladder.steps();
        BigDecimal gmv = stats.gmv().amount();
        int level = 0;
        for (int l = steps.size() - 1; l > 0; l--) {
            if (meets(steps.get(l), gmv, stats.activeDays(), stats.productsPromoted())) {
                level = l;
                break;
            }
        }
        if (level >= steps.size() - 1) {
            return Evaluation.thresholds(id, level, Diagnosis.top(level));
        }
        Step next = steps.get(level + 1);
        List<Requirement> shortfalls = new ArrayList<>(3);
        if (gmv.compareTo(next.gmv()) < 0) {
            shortfalls.add(new Requirement(Metric.GMV, gmv, next.gmv(), currency));
        }
        if (stats.activeDays() < next.activeDays()) {
            shortfalls.add(new Requirement(Metric.ACTIVE_DAYS, BigDecimal.valueOf(stats.activeDays()),
                    BigDecimal.valueOf(next.activeDays()), null));
        }
        if (stats.productsPromoted() < next.products()) {
            shortfalls.add(new Requirement(Metric.PRODUCTS, BigDecimal.valueOf(stats.productsPromoted()),
                    BigDecimal.valueOf(next.products()), null));
        }
        return Evaluation.thresholds(id, level, Diagnosis.next(level + 1, shortfalls, false));
    }

    @Override
    public List<Requirement> requirementsFor(int level, MonthlyStats stats, Region region) {
        String currency = stats.gmv().currency();
        Region where = region != null ? region : Currencies.regionOf(currency);
        RegionThresholds ladder = where == null ? null : regions.get(where);
        if (ladder == null || !ladder.currency().equals(currency) || level < 0 || level >= ladder.steps().size()) {
            return List.of();
        }
        Step step = ladder.steps().get(level);
        return List.of(new Requirement(Metric.GMV, stats.gmv().amount(), step.gmv(), currency),
                new Requirement(Metric.ACTIVE_DAYS, BigDecimal.valueOf(stats.activeDays()),
                        BigDecimal.valueOf(step.activeDays()), null),
                new Requirement(Metric.PRODUCTS, BigDecimal.valueOf(stats.productsPromoted()),
                        BigDecimal.valueOf(step.products()), null));
    }

    private static boolean meets(Step step, BigDecimal gmv, int activeDays, int products) {
        return gmv.compareTo(step.gmv()) >= 0 && activeDays >= step.activeDays() && products >= step.products();
    }
}
