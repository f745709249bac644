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

    /// The trimmed cell of a field; "" when the column is absent or the row is short. The `'` a
    /// formula-safe export put before `=`, `+`, `-` or `@` (R-EX-6) is taken off again, so our
    /// own exports import back unchanged.
    String get(String field) {
        int i = columns.indexOf(field);
        if (i < 0 || i >= cells.length || cells[i] == null) {
            return "";
        }
        String text = cells[i].strip();
        if (text.length() > 1 && text.charAt(0) == '\'') {
            char next = text.charAt(1);
            if (next == '=' || next == '+' || next == '-' || next == '@') {
                return text.substring(1);
            }
        }
        return text;
    }

    boolean has(String field) {
        return columns.has(field);
    }

    boolean blank(String field) {
        return get(field).isEmpty();
    }
}
