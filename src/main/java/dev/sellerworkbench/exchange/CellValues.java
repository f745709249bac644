package dev.sellerworkbench.exchange;

import dev.sellerworkbench.domain.Currencies;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Reading cell texts as typed values, the way real exports write them. Every method throws
/// [RowRejectedException] naming the field when the text is not what the field needs.
final class CellValues {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}([.,  ]\\d{3})+");
    private static final Pattern DMY = Pattern.compile(
            "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern SERIAL = Pattern.compile("\\d+(\\.\\d+)?");
    /// A number in scientific notation ("1e308", "1.5E+3"), as spreadsheets and JSON write them.
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)[eE][+-]?\\d{1,9}");
    /// The largest amount a `NUMERIC(19,4)` column holds: 15 digits before the point.
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.9999");
    /// The moments the store and every report can hold; a date outside is damage, not history.
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private CellValues() {
    }

    static String required(Row row, String field) {
        String text = row.get(field);
        if (text.isEmpty()) {
            throw new RowRejectedException(field, "exchange.row.required");
        }
        return text;
    }

    static String text(Row row, String field, int maxLength) {
        String text = row.get(field);
        if (text.length() > maxLength) {
            throw new RowRejectedException(field, "exchange.row.tooLong", maxLength);
        }
        return text;
    }

    /// A whole number; accepts thousands separators ("1,234,567", "150.000").
    static long whole(String field, String text, long min, long max) {
        String s = text.strip().replace("_", "");
        long value;
        try {
            if (WHOLE.matcher(s).matches()) {
                value = Long.parseLong(s);
            } else if (GROUPED.matcher(s).matches()) {
                value = Long.parseLong(s.replaceAll("[.,  ]", ""));
            } else {
                throw new NumberFormatException(s);
            }
        } catch (NumberFormatException e) {
            throw new RowRejectedException(field, "exchange.row.notWhole", text);
        }
        if (value < min || value > max) {
            throw new RowRejectedException(field, "exchange.row.range", text, min, max);
        }
        return value;
    }

    static long wholeOr(Row row, String field, long fallback, long min, long max) {
        String text = row.get(field);
        return text.isEmpty() ? fallback : whole(field, text, min, max);
    }

    /// An amount as exports write it: "150.000" (VND, `.` groups thousands), "1,234.50",
    /// "1.234,50", "Rp9.900", "£12.99". `minorUnits` (-1 when unknown) settles "12.500": for
    /// currencies without minor units a lone separator before three digits groups thousands.
    static BigDecimal amount(String field, String text, int minorUnits) {
        String bare = text.strip().replaceAll("[^0-9.,eE+-]", "");
        if (SCIENTIFIC.matcher(bare).matches()) {
            try {
                BigDecimal value = fits(field, text, new BigDecimal(bare)).setScale(4, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros();
                return value.scale() < 0 ? value.setScale(0) : value;
            } catch (NumberFormatException | ArithmeticException e) {
                throw new RowRejectedException(field, "exchange.row.notNumber", text);
            }
        }
        if (text.matches(".*\\d\\s*[eE]\\s*[+-]?\\d.*")) {
            // digits around an e that is not plain scientific notation: never guess by dropping the e
            throw new RowRejectedException(field, "exchange.row.notNumber", text);
        }
        String s = text.strip().replaceAll("[^0-9.,+-]", "");
        if (s.isEmpty() || s.equals("-") || s.equals("+")) {
            throw new RowRejectedException(field, "exchange.row.notNumber", text);
        }
        int dot = s.lastIndexOf('.');
        int comma = s.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            s = s.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (dot >= 0 || comma >= 0) {
            char sep = dot >= 0 ? '.' : ',';
            int count = (int) s.chars().filter(c -> c == sep).count();
            int idx = s.lastIndexOf(sep);
            int after = s.length() - idx - 1;
            boolean grouping = count > 1 || (after == 3 && (minorUnits == 0 || sep == ','));
            s = grouping ? s.replace(String.valueOf(sep), "") : s.replace(sep, '.');
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new RowRejectedException(field, "exchange.row.notNumber", text);
        }
        return fits(field, text, value);
    }

    /// `value` when a `NUMERIC(19,4)` money column holds it (at most 15 digits before the point,
    /// decimals past the fourth rounded as the store rounds them); else the row is rejected.
    static BigDecimal fits(String field, String text, BigDecimal value) {
        if (value.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new RowRejectedException(field, "exchange.row.tooLarge", text, MAX_AMOUNT.toBigInteger().toString());
        }
        return value;
    }

    static BigDecimal nonNegativeAmount(String field, String text, String currency) {
        BigDecimal value = amount(field, text, currency == null ? -1 : Currencies.minorUnits(currency));
        if (value.signum() < 0) {
            throw new RowRejectedException(field, "exchange.row.negative", text);
        }
        return value;
    }

    /// The currency a symbol in an amount names ("Rp9.900" → IDR), or null.
    static String currencyOfSymbol(String text) {
        String s = text.strip();
        if (s.startsWith("Rp") || s.startsWith("IDR")) {
            return "IDR";
        }
        if (s.contains("₫") || s.endsWith("đ") || s.contains("VND")) {
            return "VND";
        }
        if (s.startsWith("£") || s.contains("GBP")) {
            return "GBP";
        }
        if (s.startsWith("RM") || s.contains("MYR")) {
            return "MYR";
        }
        if (s.startsWith("฿") || s.contains("THB")) {
            return "THB";
        }
        if (s.startsWith("₱") || s.contains("PHP")) {
            return "PHP";
        }
        if (s.startsWith("S$") || s.contains("SGD")) {
            return "SGD";
        }
        if (s.startsWith("$") || s.startsWith("US$") || s.contains("USD")) {
            return "USD";
        }
        return null;
    }

    /// A percentage with at most two decimals ("12.5", "12,50%") in hundredths of a percent.
    static int percentBp(String field, String text, int minBp, int maxBp) {
        String cleaned = text.strip().replace("%", "").replace(',', '.').strip();
        BigDecimal percent;
        try {
            percent = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new RowRejectedException(field, "exchange.row.notNumber", text);
        }
        BigDecimal bp = percent.movePointRight(2).stripTrailingZeros();
        if (bp.scale() > 0) {
            throw new RowRejectedException(field, "exchange.row.twoDecimals", text);
        }
        if (bp.compareTo(BigDecimal.valueOf(minBp)) < 0 || bp.compareTo(BigDecimal.valueOf(maxBp)) > 0) {
            throw new RowRejectedException(field, "exchange.row.range", text,
                    BigDecimal.valueOf(minBp, 2).stripTrailingZeros().toPlainString() + "%",
                    BigDecimal.valueOf(maxBp, 2).stripTrailingZeros().toPlainString() + "%");
        }
        return bp.intValueExact();
    }

    /// A moment as exports write it: ISO-8601 with or without offset, "07/07/2026 12:00:00"
    /// (day first, as Seller Center writes it), "2026-07-07 12:00", Unix seconds or milliseconds,
    /// or an Excel serial number from an XLSX date cell. Times without offset are read in `zone`.
    static Instant dateTime(String field, String text, ZoneId zone) {
        String s = text.strip();
        try {
            if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:?\\d{2}$") && s.contains("T")) {
                return inRange(field, text, OffsetDateTime.parse(s).toInstant());
            }
        } catch (DateTimeParseException e) {
            // fall through to the other shapes
        }
        try {
            if (s.contains("T") && s.length() > 10) {
                return inRange(field, text, LocalDateTime.parse(s).atZone(zone).toInstant());
            }
        } catch (DateTimeParseException e) {
            // fall through
        }
        Matcher m = DMY.matcher(s);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            int day = first;
            int month = second;
            if (second > 12 && first <= 12) {
                day = second;
                month = first;
            }
            return at(field, text, Integer.parseInt(m.group(3)), month, day, m.group(4), m.group(5), m.group(6), zone);
        }
        m = YMD.matcher(s);
        if (m.matches()) {
            return at(field, text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4), m.group(5), m.group(6), zone);
        }
        if (SERIAL.matcher(s).matches()) {
            BigDecimal n = new BigDecimal(s);
            if (n.compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
                long days = n.longValue();
                long seconds = n.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
                        .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
                return inRange(field, text,
                        LocalDate.of(1899, 12, 30).plusDays(days).atStartOfDay(zone).plusSeconds(seconds).toInstant());
            }
            // seconds or milliseconds since 1970; a number too large for either is no moment at all
            if (n.compareTo(BigDecimal.valueOf(LATEST.toEpochMilli())) > 0 || n.scale() > 0) {
                throw new RowRejectedException(field, "exchange.row.dateRange", text, "1900-01-01", "9999-12-31");
            }
            long epoch = n.longValueExact();
            return inRange(field, text, epoch >= 100_000_000_000L ? Instant.ofEpochMilli(epoch) : Instant.ofEpochSecond(epoch));
        }
        throw new RowRejectedException(field, "exchange.row.badDate", text);
    }

    private static Instant inRange(String field, String text, Instant at) {
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new RowRejectedException(field, "exchange.row.dateRange", text, "1900-01-01", "9999-12-31");
        }
        return at;
    }

    private static Instant at(String field, String text, int year, int month, int day, String h, String min, String sec,
                              ZoneId zone) {
        try {
            LocalDateTime time = LocalDateTime.of(year, month, day, h == null ? 0 : Integer.parseInt(h),
                    min == null ? 0 : Integer.parseInt(min), sec == null ? 0 : Integer.parseInt(sec));
            return inRange(field, text, ZonedDateTime.of(time, zone).toInstant());
        } catch (java.time.DateTimeException e) {
            throw new RowRejectedException(field, "exchange.row.badDate", text);
        }
    }

    static boolean yes(String text) {
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        return s.equals("yes") || s.equals("y") || s.equals("true") || s.equals("1") || s.equals("có")
                || s.equals("co") || s.equals("ya") || s.equals("是");
    }
}
