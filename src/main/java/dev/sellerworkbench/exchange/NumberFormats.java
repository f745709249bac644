package dev.sellerworkbench.exchange;

import java.util.Locale;

/// What a spreadsheet number format says a number is (ECMA-376 §18.8.30): built-in ids 9 and 10
/// and any format with a `%` outside quotes are percentages (the cell holds the fraction); the
/// built-in date and time ids and any format with a day, month, year, hour or second code outside
/// quotes and brackets are dates (the cell holds a serial day number).
final class NumberFormats {

    enum Kind { NUMBER, PERCENT, DATE }

    private NumberFormats() {
    }

    static Kind kind(Integer id, String format) {
        if (id != null) {
            if (id == 9 || id == 10) {
                return Kind.PERCENT;
            }
            if (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58) {
                return Kind.DATE;
            }
        }
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return Kind.NUMBER;
        }
        return kind(format);
    }

    /// Reads the first section of a custom format, skipping quoted text, escaped characters and
    /// bracketed parts (colours, locales, conditions; `[h]` elapsed hours still count as time).
    static Kind kind(String format) {
        String section = format.split(";", -1)[0];
        boolean date = false;
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            if (c == '"') {
                int end = section.indexOf('"', i + 1);
                i = end < 0 ? section.length() : end;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int end = section.indexOf(']', i + 1);
                String inside = end < 0 ? "" : section.substring(i + 1, end).toLowerCase(Locale.ROOT);
                if (inside.matches("h+|m+|s+")) {
                    date = true;
                }
                i = end < 0 ? section.length() : end;
            } else if (c == '%') {
                return Kind.PERCENT;
            } else if ("yYmMdDhHsS".indexOf(c) >= 0) {
                date = true;
            }
        }
        return date ? Kind.DATE : Kind.NUMBER;
    }
}
