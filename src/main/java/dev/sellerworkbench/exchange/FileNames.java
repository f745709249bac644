package dev.sellerworkbench.exchange;

import java.util.Locale;
import java.util.Set;

/// File names made from what a user named (a plan, a list): the name as typed, with only the
/// characters file systems refuse replaced, so `Summer serum launch` gives
/// `invitations-Summer serum launch.csv` on Windows, macOS and Linux alike.
public final class FileNames {

    /// Longer names are cut here (well inside every file system's limit, room left for a prefix).
    static final int MAX_LENGTH = 80;
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private FileNames() {
    }

    /// `name` safe as part of a file name, or `fallback` when nothing of it is left.
    public static String safe(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-")
                .replaceAll("\\s+", " ")
                .replaceAll("-{2,}", "-")
                .strip();
        if (cleaned.length() > MAX_LENGTH) {
            cleaned = cleaned.substring(0, MAX_LENGTH).strip();
        }
        // Windows drops trailing dots and spaces; a leading dot hides the file elsewhere
        cleaned = cleaned.replaceAll("^[.\\s-]+|[.\\s-]+$", "");
        if (cleaned.isEmpty() || RESERVED.contains(cleaned.toUpperCase(Locale.ROOT))) {
            return fallback;
        }
        return cleaned;
    }
}
