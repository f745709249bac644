package dev.sellerworkbench.ui.insights;

import java.util.Map;

/// One ranked creator: position, handle and the formatted figure of each column.
public record RankingRow(int position, String handle, Map<RankingColumn, String> cells) {

    public RankingRow {
        cells = Map.copyOf(cells);
    }

    public String cell(RankingColumn column) {
        return cells.getOrDefault(column, "");
    }
}
