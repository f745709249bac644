package dev.sellerworkbench.exchange;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/// CSV that a spreadsheet may open safely (R-EX-6): UTF-8 with a byte-order mark, so Excel shows
/// Vietnamese and Chinese correctly; CRLF line ends; RFC 4180 quoting; and every text cell that
/// starts with `=`, `+`, `-`, `@` (or a tab or carriage return, which Excel also skips before a
/// formula) prefixed with `'` so it is shown as text instead of run as a formula. Numbers passed
/// as [Number] are written as they are ("-5" stays a number); every other value is text.
///
/// Reuse it for any export: `try (var csv = new SafeCsvWriter(out)) { csv.row("a", 1); }`.
public final class SafeCsvWriter implements Closeable, Flushable {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Writer out;
    private long rows;

    /// Writes to `out` (not closed until this writer is), starting with the byte-order mark.
    public SafeCsvWriter(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.out.write('\uFEFF');
    }

    /// Writes one row; null cells are empty.
    public SafeCsvWriter row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cell(cells[i])));
        }
        out.write("\r\n");
        rows++;
        return this;
    }

    public SafeCsvWriter row(List<?> cells) throws IOException {
        return row(cells.toArray());
    }

    /// Rows written so far, header included.
    public long rows() {
        return rows;
    }

    /// The text a cell is written as, before CSV quoting: numbers plain, text neutralised.
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n) {
            String text = n.toString();
            return PLAIN_NUMBER.matcher(text).matches() ? text : neutralise(text);
        }
        return neutralise(value.toString());
    }

    /// Prefixes `'` to text a spreadsheet would read as a formula.
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static String quote(String text) {
        boolean needs = false;
        for (int i = 0; i < text.length() && !needs; i++) {
            char c = text.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';';
        }
        return needs ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
