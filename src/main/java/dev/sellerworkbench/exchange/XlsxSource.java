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

    /// What a workbook may inflate to, part by part and in all; real exports stay far below.
    static final long MAX_PART = 256L << 20;
    static final long MAX_TOTAL = 512L << 20;
    /// How much a part may shrink when zipped; XML compresses well, but not a hundredfold.
    static final long MAX_RATIO = 100;
    /// Excel's own sheet limit.
    static final long MAX_ROWS = 1_048_576;
    static final int MAX_PARTS = 10_000;

    /// A workbook refused before or while reading it, with the `exchange` message key that says why.
    static final class LimitException extends IOException {

        final String key;
        final transient Object[] args;

        LimitException(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    private final ReadableWorkbook workbook;
    private final Stream<org.dhatim.fastexcel.reader.Row> stream;
    private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
    private final Columns columns;
    private final boolean date1904;
    private long position;
    private long headerLine = 1;

    XlsxSource(Path file, Map<String, List<String>> aliases) throws IOException {
        checkInflatedSize(file);
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
                headerLine = row.getRowNum();
                break;
            }
        }
        columns = Columns.resolve(header, aliases);
    }

    /// Refuses a workbook whose parts inflate beyond [#MAX_PART] each or [#MAX_TOTAL] in all, or
    /// shrink more than [#MAX_RATIO]-fold, before anything else reads it. The sizes the zip states
    /// are checked first (instant); then each part is inflated and counted, since stated sizes can lie.
    static void checkInflatedSize(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            if (zip.size() > MAX_PARTS) {
                throw new LimitException("exchange.file.xlsxParts", name, zip.size(), MAX_PARTS);
            }
            List<? extends java.util.zip.ZipEntry> entries = zip.stream().toList();
            long total = 0;
            for (java.util.zip.ZipEntry entry : entries) {
                check(name, entry.getName(), entry.getSize(), entry.getCompressedSize());
                total += Math.max(0, entry.getSize());
                if (total > MAX_TOTAL) {
                    throw new LimitException("exchange.file.xlsxTooLarge", name, MAX_TOTAL >> 20);
                }
            }
            total = 0;
            byte[] buffer = new byte[1 << 16];
            for (java.util.zip.ZipEntry entry : entries) {
                long inflated = 0;
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        check(name, entry.getName(), inflated, entry.getCompressedSize());
                        if (total > MAX_TOTAL) {
                            throw new LimitException("exchange.file.xlsxTooLarge", name, MAX_TOTAL >> 20);
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new LimitException("exchange.file.badXlsx", name, String.valueOf(e.getMessage()));
        }
    }

    private static void check(String name, String part, long size, long compressed) throws LimitException {
        if (size > MAX_PART) {
            throw new LimitException("exchange.file.xlsxPartTooLarge", name, part, MAX_PART >> 20);
        }
        if (size > (1 << 20) && compressed >= 0 && size > Math.max(1, compressed) * MAX_RATIO) {
            throw new LimitException("exchange.file.xlsxRatio", name, part, MAX_RATIO);
        }
    }

    @Override
    public Columns columns() {
        return columns;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public Row next() throws IOException {
        while (rows.hasNext()) {
            org.dhatim.fastexcel.reader.Row row = rows.next();
            position = row.getRowNum();
            if (position > MAX_ROWS) {
                throw new LimitException("exchange.file.xlsxRows", "", MAX_ROWS);
            }
            List<String> cells = cells(row, Math.max(row.getCellCount(), columns.size()));
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            RowRejectedException problem = null;
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).length() > CsvSource.MAX_CELL) {
                    String field = i < columns.size() && columns.fieldOf(i) != null ? columns.fieldOf(i)
                            : i < columns.size() ? columns.sourceNames().get(i) : null;
                    problem = new RowRejectedException(field, "exchange.row.tooLong", CsvSource.MAX_CELL);
                    cells.set(i, "");
                }
            }
            return new Row(row.getRowNum(), columns, cells.toArray(String[]::new), problem);
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
