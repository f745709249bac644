package dev.sellerworkbench.exchange;

import java.util.List;

/// What an import did. `accepted` counts the rows that passed validation; they are in the
/// workspace only when `committed` (strict mode rolls them back when any row was rejected).
/// `rejected` lists at most [Importer#MAX_REPORTED] rows; `rejectedTotal` counts them all.
/// `warnings` (at most [Importer#MAX_REPORTED]) concern rows that were taken in all the same.
public record ImportResult(String file, String format, long accepted, List<RejectedRow> rejected,
                           long rejectedTotal, boolean committed, List<ImportWarning> warnings) {

    public ImportResult {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    public ImportResult(String file, String format, long accepted, List<RejectedRow> rejected, long rejectedTotal,
                        boolean committed) {
        this(file, format, accepted, rejected, rejectedTotal, committed, List.of());
    }

    /// A file refused as a whole: nothing read, nothing written.
    static ImportResult wholeFile(String file, String format, long line, String reason) {
        return new ImportResult(file, format, 0, List.of(new RejectedRow(line, null, reason)), 1, false);
    }
}
