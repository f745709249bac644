package dev.sellerworkbench.exchange;

/// One data row read from a file: its line, its cells in column order, and — when the reader
/// already knows the row is unusable (broken quoting, an oversized cell) — the problem.
final class Row {

    final long line;
    final Columns columns;
    final String[] cells;
    final RowRejectedException problem;

    Row(long line, Columns columns, String[] cells, RowRejectedException problem) {
        this.line = line;
        this.columns = columns;
        this.cells = cells;
        this.problem = problem;
    }

    /// The trimmed cell of a field; "" when the column is absent or the row is short.
    String get(String field) {
        int i = columns.indexOf(field);
        if (i < 0 || i >= cells.length || cells[i] == null) {
            return "";
        }
        return cells[i].strip();
    }

    boolean has(String field) {
        return columns.has(field);
    }

    boolean blank(String field) {
        return get(field).isEmpty();
    }
}
