package dev.sellerworkbench.ui.insights;

import java.util.List;

/// A table as it is exported: localised column titles and raw cells (numbers stay numbers).
public record ExportTable(String sheet, List<String> header, List<List<Object>> rows) {

    public ExportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static ExportTable empty(String sheet) {
        return new ExportTable(sheet, List.of(), List.of());
    }
}
