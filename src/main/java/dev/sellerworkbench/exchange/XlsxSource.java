package dev.sellerworkbench.exchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/// Rows of the first sheet of an XLSX workbook, streamed (fastexcel-reader). The first row with
/// any text is the header. Numeric cells come through as plain numbers, date cells as Excel
/// serial numbers, which [Values#dateTime] understands.
final class XlsxSource implements RowSource {

    private final ReadableWorkbook workbook;
    private final Stream<org.dhatim.fastexcel.reader.Row> stream;
    private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
    private final Columns columns;
    private long position;

    XlsxSource(Path file, Map<String, List<String>> aliases) throws IOException {
        workbook = new ReadableWorkbook(file.toFile());
        stream = workbook.getFirstSheet().openStream();
        rows = stream.iterator();
        List<String> header = List.of();
        while (rows.hasNext()) {
            org.dhatim.fastexcel.reader.Row row = rows.next();
            position = row.getRowNum();
            List<String> cells = cells(row, row.getCellCount());
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                header = cells;
                break;
            }
        }
        columns = Columns.resolve(header, aliases);
    }

    @Override
    public Columns columns() {
        return columns;
    }

    @Override
    public Row next() {
        while (rows.hasNext()) {
            org.dhatim.fastexcel.reader.Row row = rows.next();
            position = row.getRowNum();
            List<String> cells = cells(row, Math.max(row.getCellCount(), columns.size()));
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            return new Row(row.getRowNum(), columns, cells.toArray(String[]::new), null);
        }
        return null;
    }

    private static List<String> cells(org.dhatim.fastexcel.reader.Row row, int count) {
        List<String> cells = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cells.add(i < row.getCellCount() ? text(row.getCell(i)) : "");
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> {
                BigDecimal n = cell.asNumber();
                yield n.stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}
