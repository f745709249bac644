package dev.sellerworkbench.exchange;

import java.util.List;

/// What an import did. `accepted` counts the rows that passed validation; they are in the
/// workspace only when `committed` (strict mode rolls them back when any row was rejected).
/// `rejected` lists at most [Importer#MAX_REPORTED] rows; `rejectedTotal` counts them all.
public record ImportResult(String file, String format, long accepted, List<RejectedRow> rejected,
                           long rejectedTotal, boolean committed) {

    public ImportResult {
        rejected = List.copyOf(rejected);
    }

    /// A file refused as a whole: nothing read, nothing written.
    static ImportResult wholeFile(String file, String format, long line, String reason) {
        return new ImportResult(file, format, 0, List.of(new RejectedRow(line, null, reason)), 1, false);
    }
}
