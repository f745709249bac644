package dev.sellerworkbench.commission;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import java.time.LocalDate;
import java.util.List;

/// Commission due to creators per pay day and per creator for a range of days (R-ST-2). Totals are
/// per currency, since one seller may sell in several markets. `unconfigured` lists the markets
/// whose orders could not be dated because their after-sales period is not set.
public record PayoutReport(LocalDate from, LocalDate to, List<Day> days, List<CreatorTotal> creators,
                           List<Region> unconfigured, int undatedLines) {

    public PayoutReport {
        days = List.copyOf(days);
        creators = List.copyOf(creators);
        unconfigured = List.copyOf(unconfigured);
    }

    /// What is paid on one day, in total and per creator.
    public record Day(LocalDate day, List<Money> totals, List<CreatorTotal> creators) {
        public Day {
            totals = List.copyOf(totals);
            creators = List.copyOf(creators);
        }
    }

    /// One creator's commission and the number of order lines it comes from.
    public record CreatorTotal(String creator, List<Money> totals, int lines) {
        public CreatorTotal {
            totals = List.copyOf(totals);
        }
    }
}
