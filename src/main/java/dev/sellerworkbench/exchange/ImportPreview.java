package dev.sellerworkbench.exchange;

import java.util.List;

/// The first rows of a file as the importer reads them, for the preview dialog: the detected
/// format, the file's columns with the field each one feeds (null when the column is ignored),
/// and the first rows' cell texts in the file's column order.
public record ImportPreview(ImportKind kind, String format, List<ColumnMapping> columns, List<PreviewRow> rows) {

    public ImportPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /// A column of the file and the workbench field it is read into.
    public record ColumnMapping(String sourceName, String field) {
    }

    /// One row: its line in the file and the cells, one per [#columns()] entry.
    public record PreviewRow(long line, List<String> cells) {
    }
}
