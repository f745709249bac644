package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/// The one place that tells an export's format from the file name the user chose (R-EX-6).
class ExportFormatTest {

    @Test
    void anXlsxNameInAnyCaseIsAWorkbookAndEverythingElseIsCsv() {
        assertEquals(ExportFormat.XLSX, ExportFormat.forFile(Path.of("plans.xlsx")));
        assertEquals(ExportFormat.XLSX, ExportFormat.forFile(Path.of("/tmp/Đơn hàng.XLSX")));
        assertEquals(ExportFormat.CSV, ExportFormat.forFile(Path.of("plans.csv")));
        assertEquals(ExportFormat.CSV, ExportFormat.forFile(Path.of("plans.xlsx.bak")));
        assertEquals(ExportFormat.CSV, ExportFormat.forFile(Path.of("plans")));
    }
}
