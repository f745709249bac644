package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.LevelRecord;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/// One line of a creator's level history: the official and the projected level of a month,
/// either of which may be missing (R-LV-3: both are kept by month).
public record MonthLevels(YearMonth month, LevelRecord official, LevelRecord projected) {

    /// The level that counts for the month: official when known, else projected.
    public LevelRecord shown() {
        return official != null ? official : projected;
    }

    /// Groups a creator's rows by month, newest month first.
    public static List<MonthLevels> of(List<LevelRecord> records) {
        Map<YearMonth, LevelRecord[]> byMonth = new TreeMap<>();
        for (LevelRecord r : records) {
            LevelRecord[] pair = byMonth.computeIfAbsent(r.month(), m -> new LevelRecord[2]);
            pair[r.kind() == dev.sellerworkbench.domain.LevelKind.OFFICIAL ? 0 : 1] = r;
        }
        List<MonthLevels> lines = new ArrayList<>();
        byMonth.forEach((month, pair) -> lines.add(new MonthLevels(month, pair[0], pair[1])));
        return lines.reversed();
    }
}
