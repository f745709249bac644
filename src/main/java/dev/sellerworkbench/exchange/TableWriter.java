package dev.sellerworkbench.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/// Rows out to CSV or XLSX with the same formula safety (R-EX-6): text cells starting with
/// `=`, `+`, `-`, `@` are neutralised in both, so a workbook re-saved as CSV stays safe.
abstract sealed class TableWriter implements Closeable {

    static TableWriter open(ExportFormat format, OutputStream out, String sheetName) throws IOException {
        return format == ExportFormat.CSV ? new Csv(out) : new Xlsx(out, sheetName);
    }

    abstract void row(List<?> cells) throws IOException;

    abstract long rows();

    static final class Csv extends TableWriter {
        private final SafeCsvWriter csv;

        Csv(OutputStream out) throws IOException {
            csv = new SafeCsvWriter(out);
        }

        @Override
        void row(List<?> cells) throws IOException {
            csv.row(cells);
        }

        @Override
        long rows() {
            return csv.rows();
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    static final class Xlsx extends TableWriter {
        private final Workbook workbook;
        private final Worksheet sheet;
        private int row;

        Xlsx(OutputStream out, String sheetName) {
            workbook = new Workbook(out, "Seller Workbench", "1.0");
            sheet = workbook.newWorksheet(sheetName);
        }

        @Override
        void row(List<?> cells) throws IOException {
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                if (v == null) {
                    continue;
                }
                if (v instanceof BigDecimal d) {
                    sheet.value(row, c, d);
                } else if (v instanceof Number n) {
                    sheet.value(row, c, n);
                } else if (v instanceof Boolean b) {
                    sheet.value(row, c, b);
                } else {
                    sheet.value(row, c, SafeCsvWriter.neutralise(v.toString()));
                }
            }
            row++;
            if (row % 10_000 == 0) {
                sheet.flush();
            }
        }

        @Override
        long rows() {
            return row;
        }

        @Override
        public void close() throws IOException {
            sheet.finish();
            workbook.finish();
        }
    }
}
