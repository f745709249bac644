package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.domain.Region;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Douyin's kind of profile: a rating gate (R-LV-5), a sales score from 30-day GMV (R-LV-6) and a
/// behaviour score from the good-product GMV share (R-LV-7), combined as
/// `sales × salesWeight + behaviour × behaviourWeight`, rounded half up and capped to
/// 0..maxLevel (R-LV-8). A creator who fails the gate is unrated, never L0.
public record ScoreProfile(String id, String name, String source, boolean editableDefaults, int maxLevel,
                           String currency, Gate gate, ScoreTable sales, ScoreTable behaviour,
                           BigDecimal salesWeight, BigDecimal behaviourWeight, Map<Integer, List<String>> benefits)
        implements LevelProfile {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /// Rated only with reputation ≥ `minReputation` and credit deducted ≤ `maxCreditDeducted`.
    public record Gate(BigDecimal minReputation, int maxCreditDeducted) {
    }

    /// A threshold table: the score is that of the last band whose `min` the figure reaches.
    /// GMV minimums are in the profile's currency; share minimums in hundredths of a percent.
    public record ScoreTable(Metric metric, List<Band> bands) {

        public ScoreTable {
            bands = List.copyOf(bands);
        }

        int indexFor(BigDecimal value) {
            int index = 0;
            for (int i = 1; i < bands.size(); i++) {
                if (value.compareTo(bands.get(i).min()) >= 0) {
                    index = i;
                } else {
                    break;
                }
            }
            return index;
        }
    }

    public record Band(BigDecimal min, int score) {
    }

    public ScoreProfile {
        benefits = Map.copyOf(benefits);
    }

    /// `sales × salesWeight + behaviour × behaviourWeight`, exact (R-LV-8).
    public BigDecimal levelScore(int salesScore, int behaviourScore) {
        return salesWeight.multiply(BigDecimal.valueOf(salesScore))
                .add(behaviourWeight.multiply(BigDecimal.valueOf(behaviourScore)));
    }

    /// The level score rounded half up to an integer, capped to 0..maxLevel: 4.5 → 5, 4.49 → 4.
    public int levelFromScore(BigDecimal score) {
        int rounded = score.setScale(0, RoundingMode.HALF_UP).intValueExact();
        return Math.max(0, Math.min(maxLevel, rounded));
    }

    /// Whether figures pass the rating gate (R-LV-5); failed conditions are returned, empty when rated.
    public List<Requirement> failedGate(BigDecimal reputation, int creditDeducted) {
        List<Requirement> failed = new ArrayList<>(2);
        // No reputation figure cannot show the 4.2 the gate asks for.
        Requirement rep = new Requirement(Metric.REPUTATION, reputation == null ? BigDecimal.ZERO : reputation,
                gate.minReputation(), null);
        if (!rep.met()) {
            failed.add(rep);
        }
        Requirement credit = new Requirement(Metric.CREDIT_DEDUCTED, BigDecimal.valueOf(creditDeducted),
                BigDecimal.valueOf(gate.maxCreditDeducted()), null);
        if (!credit.met()) {
            failed.add(credit);
        }
        return failed;
    }

    /// The regions whose currency is the profile's (Douyin: CNY, so CN) (R-LV-12).
    @Override
    public Set<Region> ratedRegions() {
        Set<Region> own = EnumSet.noneOf(Region.class);
        for (Region r : Region.values()) {
            if (r.currency().equals(currency)) {
                own.add(r);
            }
        }
        return own;
    }

    /// Whose creator the figures are is checked before the gate (R-LV-12): the gate makes a
    /// creator unrated, and only the profile's own creators may be made unrated (R-LV-5).
    @Override
    public Evaluation evaluate(MonthlyStats stats, Region region) {
        Region where = region != null ? region : Currencies.regionOf(stats.gmv().currency());
        if (!rates(where)) {
            return new Evaluation(id, null, Diagnosis.notApplicable("region",
                    where == null ? stats.gmv().currency() : where.name()), null, null, null);
        }
        if (!stats.gmv().currency().equals(currency)) {
            return new Evaluation(id, null, Diagnosis.notApplicable("currency", stats.gmv().currency(), currency),
                    null, null, null);
        }
        List<Requirement> failed = failedGate(stats.reputation(), stats.creditDeducted());
        if (!failed.isEmpty()) {
            return new Evaluation(id, null, Diagnosis.gate(failed), null, null, null);
        }
        BigDecimal salesValue = Figures.value(sales.metric(), stats);
        BigDecimal behaviourValue = Figures.value(behaviour.metric(), stats);
        int si = sales.indexFor(salesValue);
        int bi = behaviour.indexFor(behaviourValue);
        int salesScore = sales.bands().get(si).score();
        int behaviourScore = behaviour.bands().get(bi).score();
        BigDecimal score = levelScore(salesScore, behaviourScore);
        int level = levelFromScore(score);
        Diagnosis diagnosis = level >= maxLevel ? Diagnosis.top(level)
                : diagnoseNext(level + 1, si, bi, salesValue, behaviourValue);
        return new Evaluation(id, level, diagnosis, salesScore, behaviourScore, score);
    }

    /// The gate, then the score bands held when they reach `level`, else the cheapest bands that
    /// would (R-LV-5..8).
    @Override
    public List<Requirement> requirementsFor(int level, MonthlyStats stats, Region region) {
        Region where = region != null ? region : Currencies.regionOf(stats.gmv().currency());
        if (!rates(where) || !stats.gmv().currency().equals(currency) || level < 0 || level > maxLevel) {
            return List.of();
        }
        List<Requirement> out = new ArrayList<>();
        out.add(new Requirement(Metric.REPUTATION, stats.reputation() == null ? BigDecimal.ZERO : stats.reputation(),
                gate.minReputation(), null));
        out.add(new Requirement(Metric.CREDIT_DEDUCTED, BigDecimal.valueOf(stats.creditDeducted()),
                BigDecimal.valueOf(gate.maxCreditDeducted()), null));
        BigDecimal salesValue = Figures.value(sales.metric(), stats);
        BigDecimal behaviourValue = Figures.value(behaviour.metric(), stats);
        int si = sales.indexFor(salesValue);
        int bi = behaviour.indexFor(behaviourValue);
        int held = levelFromScore(levelScore(sales.bands().get(si).score(), behaviour.bands().get(bi).score()));
        if (held >= level) {
            out.add(requirement(sales, si, salesValue));
            out.add(requirement(behaviour, bi, behaviourValue));
        } else {
            out.addAll(diagnoseNext(level, si, bi, salesValue, behaviourValue).items());
        }
        return out;
    }

    /// The cheapest way up: raising the sales score alone, or the behaviour score alone (either
    /// is enough, so any-of), or, when neither alone reaches, both.
    private Diagnosis diagnoseNext(int target, int si, int bi, BigDecimal salesValue, BigDecimal behaviourValue) {
        int salesOnly = firstReaching(target, sales, si, behaviour.bands().get(bi).score(), true);
        int behaviourOnly = firstReaching(target, behaviour, bi, sales.bands().get(si).score(), false);
        List<Requirement> items = new ArrayList<>(2);
        if (salesOnly >= 0) {
            items.add(requirement(sales, salesOnly, salesValue));
        }
        if (behaviourOnly >= 0) {
            items.add(requirement(behaviour, behaviourOnly, behaviourValue));
        }
        if (!items.isEmpty()) {
            return Diagnosis.next(target, items, items.size() > 1);
        }
        for (int s = si + 1; s < sales.bands().size(); s++) {
            int b = firstReaching(target, behaviour, bi, sales.bands().get(s).score(), false);
            if (b >= 0) {
                return Diagnosis.next(target, List.of(requirement(sales, s, salesValue),
                        requirement(behaviour, b, behaviourValue)), false);
            }
        }
        return Diagnosis.top(target - 1);
    }

    private int firstReaching(int target, ScoreTable table, int from, int otherScore, boolean isSales) {
        for (int i = from + 1; i < table.bands().size(); i++) {
            int score = table.bands().get(i).score();
            BigDecimal total = isSales ? levelScore(score, otherScore) : levelScore(otherScore, score);
            if (levelFromScore(total) >= target) {
                return i;
            }
        }
        return -1;
    }

    private Requirement requirement(ScoreTable table, int band, BigDecimal actual) {
        return new Requirement(table.metric(), actual, table.bands().get(band).min(),
                table.metric() == Metric.GMV ? currency : null);
    }

    /// Good-product GMV ÷ GMV in whole hundredths of a percent, rounded down; 0 when GMV is 0.
    public static int goodProductShareBp(BigDecimal gmv, BigDecimal goodProductGmv) {
        if (gmv.signum() <= 0) {
            return 0;
        }
        return goodProductGmv.multiply(TEN_THOUSAND).divide(gmv, 0, RoundingMode.DOWN).intValue();
    }
}
