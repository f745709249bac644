package dev.sellerworkbench.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/// Rows of a CSV file read as strict UTF-8 (BOM or not, any line end, `,` `;` or tab).
final class CsvSource implements RowSource {

    /// No workbench field is longer than a few thousand characters; anything past this is damage.
    static final int MAX_CELL = 100_000;

    private final CsvRecordReader reader;
    private final Columns columns;
    private final long headerLine;

    CsvSource(Path file, char delimiter, Map<String, List<String>> aliases) throws IOException {
        this.reader = new CsvRecordReader(TextFiles.strictUtf8(file), delimiter, MAX_CELL);
        CsvRecordReader.Record header;
        do {
            header = reader.next();
        } while (header != null && blank(header.cells()));
        columns = Columns.resolve(header == null ? List.of() : header.cells(), aliases);
        headerLine = header == null ? 1 : header.line();
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public Columns columns() {
        return columns;
    }

    @Override
    public Row next() throws IOException {
        CsvRecordReader.Record record;
        do {
            record = reader.next();
        } while (record != null && record.problem() == null && blank(record.cells()));
        if (record == null) {
            return null;
        }
        String[] cells = record.cells().toArray(String[]::new);
        RowRejectedException problem = null;
        if (record.problem() == CsvRecordReader.Problem.BROKEN_QUOTING) {
            problem = new RowRejectedException(null, "exchange.row.brokenQuoting");
        } else if (record.problem() == CsvRecordReader.Problem.CELL_TOO_LONG) {
            int i = record.problemCell();
            String field = i < columns.size() && columns.fieldOf(i) != null ? columns.fieldOf(i)
                    : i < columns.size() ? columns.sourceNames().get(i) : null;
            problem = new RowRejectedException(field, "exchange.row.tooLong", MAX_CELL);
        } else if (cells.length > columns.size()) {
            for (int i = columns.size(); i < cells.length; i++) {
                if (!cells[i].isBlank()) {
                    problem = new RowRejectedException(null, "exchange.row.tooManyValues", cells.length, columns.size());
                    break;
                }
            }
        }
        return new Row(record.line(), columns, cells, problem);
    }

    @Override
    public long position() {
        return reader.line();
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
