package dev.sellerworkbench.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/// Any table out to CSV (UTF-8 with BOM) or XLSX with the exports' formula safety (R-EX-6), for
/// screens whose tables have no dedicated export. Numbers stay numbers in XLSX.
public final class TableExport {

    private TableExport() {
    }

    /// Writes the header and rows; returns the number of data rows. Closes nothing of `out`'s owner
    /// beyond what the format needs to finish.
    public static long write(ExportFormat format, String sheetName, List<String> header, List<? extends List<?>> rows,
                             OutputStream out) throws IOException {
        try (TableWriter table = TableWriter.open(format, out, sheetName)) {
            table.row(header);
            for (List<?> row : rows) {
                table.row(row);
            }
            return table.rows() - 1;
        }
    }
}
