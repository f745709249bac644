package dev.sellerworkbench.exchange;

import java.io.Closeable;
import java.io.IOException;

/// Rows of one file, read one at a time so that large files never sit in memory whole.
interface RowSource extends Closeable {

    Columns columns();

    /// The line (or spreadsheet row) of the header, for warnings about its columns.
    default long headerLine() {
        return 1;
    }

    /// The next row, or null at the end.
    Row next() throws IOException;

    /// Lines (or records) read so far, for progress.
    long position();
}
