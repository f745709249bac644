package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.Level;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/// R-LV-10 (seed 003): for a creator, the current level, the level projected for next month,
/// the benefits that would be gained or lost, and the unmet items.
///
/// @param current          the level shown now (official or projected), null when none is known
/// @param projectedMonth   the month the projection is for
/// @param projected        the engine's verdict on the latest figures
/// @param gained           benefit ids held at the projected level but not at the current one
/// @param lost             benefit ids held now but not at the projected level (R-LV-9)
/// @param unmet            what falls short for the level above the projected one, or the failed gate
/// @param editableDefaults whether the profile's thresholds are defaults (say so beside the level)
public record LevelPreview(Level current, YearMonth projectedMonth, Evaluation projected, List<String> gained,
                           List<String> lost, List<Requirement> unmet, boolean editableDefaults) {

    public static LevelPreview of(Level current, YearMonth projectedMonth, Evaluation projected, LevelProfile profile) {
        Integer now = current == null ? null : current.value();
        List<String> held = profile.benefitsAt(now);
        List<String> next = profile.benefitsAt(projected.level());
        List<String> gained = new ArrayList<>(next);
        gained.removeAll(held);
        List<String> lost = new ArrayList<>(held);
        lost.removeAll(next);
        return new LevelPreview(current, projectedMonth, projected, List.copyOf(gained), List.copyOf(lost),
                projected.diagnosis().items(), profile.editableDefaults());
    }

    /// Up, down or unchanged, comparing projected with current (unrated counts as below L0).
    public int direction() {
        int now = current == null || current.value() == null ? -1 : current.value();
        int then = projected.level() == null ? -1 : projected.level();
        return Integer.compare(then, now);
    }
}
