package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/// Export files are named after the plan or list, made safe for every file system.
class FileNamesTest {

    @Test
    void keepsTheNameAsTypedWhenEveryFileSystemTakesIt() {
        assertEquals("Summer serum launch", FileNames.safe("Summer serum launch", "x"));
        assertEquals("Serum dưỡng ẩm Tết 2027", FileNames.safe("Serum dưỡng ẩm Tết 2027", "x"));
        assertEquals("夏季精华", FileNames.safe("夏季精华", "x"));
    }

    @Test
    void replacesWhatFileSystemsRefuse() {
        assertEquals("A-B-C-D", FileNames.safe("A/B\\C: D", "x").replace(" ", ""));
        assertEquals("What-", FileNames.safe("What?*\"<>|", "x") + "-");
        assertEquals("launch", FileNames.safe("  ..launch.. ", "x"));
        assertEquals("plan-8", FileNames.safe("CON", "plan-8"));
        assertEquals("plan-8", FileNames.safe("///", "plan-8"));
        assertEquals("plan-8", FileNames.safe(null, "plan-8"));
        assertTrue(FileNames.safe("x".repeat(300), "y").length() <= FileNames.MAX_LENGTH);
    }
}
