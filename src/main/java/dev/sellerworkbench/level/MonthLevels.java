package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/// One month of a creator's level history: the official level and the projections of that month,
/// one per profile (R-LV-3, R-LV-12); any of them may be missing.
///
/// @param projections by profile id
public record MonthLevels(YearMonth month, LevelRecord official, List<LevelRecord> projections) {

    public MonthLevels {
        projections = List.copyOf(projections);
    }

    /// The projection of the first profile that `own` accepts, else null.
    public LevelRecord projected(Predicate<String> own) {
        for (LevelRecord r : projections) {
            if (own.test(r.profile())) {
                return r;
            }
        }
        return null;
    }

    /// The level that counts for the month (R-LV-11): official when known, else the projection
    /// of a profile `own` accepts; null when neither exists.
    public LevelRecord shown(Predicate<String> own) {
        return official != null ? official : projected(own);
    }

    /// Every row of the month, official first.
    public List<LevelRecord> rows() {
        List<LevelRecord> rows = new ArrayList<>(projections.size() + 1);
        if (official != null) {
            rows.add(official);
        }
        rows.addAll(projections);
        return rows;
    }

    /// Groups a creator's rows by month, newest month first.
    public static List<MonthLevels> of(List<LevelRecord> records) {
        Map<YearMonth, List<LevelRecord>> byMonth = new TreeMap<>();
        for (LevelRecord r : records) {
            byMonth.computeIfAbsent(r.month(), m -> new ArrayList<>()).add(r);
        }
        List<MonthLevels> lines = new ArrayList<>();
        byMonth.forEach((month, rows) -> {
            LevelRecord official = null;
            List<LevelRecord> projected = new ArrayList<>();
            for (LevelRecord r : rows) {
                if (r.kind() == LevelKind.OFFICIAL) {
                    official = r;
                } else {
                    projected.add(r);
                }
            }
            lines.add(new MonthLevels(month, official, projected));
        });
        return lines.reversed();
    }
}
