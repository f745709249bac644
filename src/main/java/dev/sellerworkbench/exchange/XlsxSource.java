package dev.sellerworkbench.exchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/// Rows of the first sheet of an XLSX workbook, streamed (fastexcel-reader). The first row with
/// any text is the header.
///
/// A numeric cell means what its number format says, so each becomes the text a CSV export of the
/// same value carries (R-EX-4): a percentage cell holding 0.125 becomes "12.5%", a date cell
/// becomes a local ISO date-time ("2026-07-07T12:30:00") that the row's reader places in the
/// file's market zone, any other number its exact decimal text. Numbers are read from the cell's
/// stored text, never through a double, and rounded to the 15 significant digits a spreadsheet
/// keeps (so a stored "0.14000000000000001" is 0.14).
final class XlsxSource implements RowSource {

    /// Excel keeps 15 significant digits; the 16th and 17th of its stored text are binary noise.
    private static final MathContext SPREADSHEET = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final ReadableWorkbook workbook;
    private final Stream<org.dhatim.fastexcel.reader.Row> stream;
    private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
    private final Columns columns;
    private final boolean date1904;
    private long position;

    XlsxSource(Path file, Map<String, List<String>> aliases) throws IOException {
        workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        date1904 = workbook.isDate1904();
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

    private List<String> cells(org.dhatim.fastexcel.reader.Row row, int count) {
        List<String> cells = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cells.add(i < row.getCellCount() ? text(row.getCell(i)) : "");
        }
        return cells;
    }

    private String text(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> number(cell);
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    private String number(Cell cell) {
        String raw = cell.getRawValue();
        BigDecimal n;
        try {
            n = new BigDecimal(raw == null ? cell.getText() : raw.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return cell.getText() == null ? "" : cell.getText();
        }
        n = n.round(SPREADSHEET);
        return switch (NumberFormats.kind(cell.getDataFormatId(), cell.getDataFormatString())) {
            case PERCENT -> plain(n.movePointRight(2)) + "%";
            case DATE -> date(n);
            case NUMBER -> plain(n);
        };
    }

    /// A serial day number (fraction = time of day) as a local date-time, to the second.
    private String date(BigDecimal serial) {
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        LocalDate epoch = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
        return LOCAL.format(LocalDateTime.of(epoch.plusDays(days), java.time.LocalTime.MIDNIGHT).plusSeconds(seconds));
    }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
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
