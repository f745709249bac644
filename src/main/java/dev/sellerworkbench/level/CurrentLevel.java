package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelRecord;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/// A creator's current level (R-LV-11) and the month it is the level of, with the profile whose
/// projection it is when no official level stands for that month.
public record CurrentLevel(Level level, YearMonth month, String profile) {

    /// The current level as R-LV-11 reads it from the history: the level of the newest month
    /// that has one, official when the month has one, else the projection of the profile that
    /// rates the creator's region (R-LV-12); declining from that month and the two before (R-LV-4).
    /// An older recompute adds a projection of an older month and so changes nothing here.
    public static Optional<CurrentLevel> of(List<MonthLevels> history, Predicate<String> own) {
        Map<YearMonth, LevelRecord> shown = new HashMap<>();
        LevelRecord newest = null;
        for (MonthLevels month : history) {
            LevelRecord r = month.shown(own);
            if (r != null) {
                shown.put(month.month(), r);
                if (newest == null) {
                    newest = r;
                }
            }
        }
        if (newest == null) {
            return Optional.empty();
        }
        YearMonth m = newest.month();
        boolean declining = DeclineRule.declining(levelOf(shown.get(m.minusMonths(2))),
                levelOf(shown.get(m.minusMonths(1))), newest.level());
        return Optional.of(new CurrentLevel(new Level(newest.level(), newest.kind(), declining), m, newest.profile()));
    }

    private static Integer levelOf(LevelRecord r) {
        return r == null ? null : r.level();
    }

}
