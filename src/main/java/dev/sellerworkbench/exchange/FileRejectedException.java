package dev.sellerworkbench.exchange;

/// A file that cannot be imported at all (wrong encoding, missing required columns, not the
/// format it claims). The message names the file and is in the user's language.
public class FileRejectedException extends RuntimeException {

    private final long line;

    public FileRejectedException(String message, long line) {
        super(message);
        this.line = line;
    }

    /// The line where the problem was found, 0 when it concerns the file as a whole.
    public long line() {
        return line;
    }
}
