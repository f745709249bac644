package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.domain.Money;
import java.math.BigDecimal;
import java.util.List;

/// A table as it is exported: localised column titles and raw cells (numbers stay numbers).
public record ExportTable(String sheet, List<String> header, List<List<Object>> rows) {

    public ExportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /// An amount at its currency's minor unit (R-ST-1), as a spreadsheet should show it.
    static BigDecimal amount(BigDecimal value, String currency) {
        return value == null ? null : Money.of(value, currency).rounded().amount();
    }
}
