package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.domain.Region;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// A platform's level rules as data (docs/rules.md §2): thresholds per level (TikTok Shop, R-LV-1) or a
/// gate plus two score tables (Douyin, R-LV-5..8). Shipped profiles are editable defaults: the
/// platforms publish the structure of their rules but not every threshold.
public sealed interface LevelProfile permits ThresholdProfile, ScoreProfile {

    /// Short name stored with every projected level, e.g. `tiktok`.
    String id();

    /// Human name, e.g. "TikTok Shop creator levels".
    String name();

    /// Where the rules come from.
    String source();

    /// True when the thresholds are defaults a user is expected to check and edit; every place
    /// that shows a projected level says so (see [LevelTexts#editableDefaultsNote()]).
    boolean editableDefaults();

    int maxLevel();

    /// Benefit ids unlocked at each level (a level also holds the benefits of the levels below).
    Map<Integer, List<String>> benefits();

    /// The regions whose creators this profile rates (R-LV-12): Douyin rates CN, TikTok Shop every
    /// region it has thresholds for (all the others). A creator of any other region is not judged
    /// by the profile: no level, no "unrated", nothing stored.
    Set<Region> ratedRegions();

    /// Whether this profile judges creators of `region` (R-LV-12).
    default boolean rates(Region region) {
        return region != null && ratedRegions().contains(region);
    }

    /// Judges one month's figures. `region` picks the thresholds where a profile has them per
    /// region; null means "the region of the figures' currency". Figures of a region the profile
    /// does not rate are not judged (a NOT_APPLICABLE diagnosis), before any gate is looked at.
    Evaluation evaluate(MonthlyStats stats, Region region);

    /// What `level` asks of these figures, each with the creator's figure beside the limit (met or
    /// not), in the creator's own currency (R-LV-10): a threshold profile lists that level's
    /// minimums; a score profile the rating gate and the score bands that reach the level. Empty
    /// when the profile does not judge these figures or has no such level.
    List<Requirement> requirementsFor(int level, MonthlyStats stats, Region region);

    /// Benefits held at a level: those unlocked at it and at every level below; none when unrated.
    default List<String> benefitsAt(Integer level) {
        if (level == null) {
            return List.of();
        }
        Set<String> held = new LinkedHashSet<>();
        for (int l = 0; l <= level; l++) {
            held.addAll(benefits().getOrDefault(l, List.of()));
        }
        return new ArrayList<>(held);
    }
}
