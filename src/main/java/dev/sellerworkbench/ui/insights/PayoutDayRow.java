package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.commission.SettlementLine;
import dev.sellerworkbench.domain.Money;
import java.time.LocalDate;
import java.util.List;

/// Commission paid to creators on one day in one currency, and the order lines behind it (R-ST-2).
public record PayoutDayRow(LocalDate day, Money total, List<SettlementLine> lines, String dayText, String totalText) {

    public PayoutDayRow {
        lines = List.copyOf(lines);
    }

    public String currency() {
        return total.currency();
    }

    public String lineCount() {
        return String.valueOf(lines.size());
    }
}
