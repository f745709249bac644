package dev.sellerworkbench.exchange;

/// Something an import took in but the user should look at (a duplicated column, an amount in a
/// currency that is not its region's): its line (1 is the first line), the column as the file
/// names it (null when the line as a whole is meant) and the message in the user's language.
/// Unlike a [RejectedRow], the row it concerns was imported.
public record ImportWarning(long line, String field, String message) {
}
