package dev.sellerworkbench.exchange;

/// One row the import left out: its line in the file (1 is the first line; 0 when the whole file
/// was rejected), the column as the file names it (null when the row as a whole is at fault) and
/// the reason in the user's language.
public record RejectedRow(long line, String field, String reason) {
}
