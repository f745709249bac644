package dev.sellerworkbench.ui.samples;

import dev.sellerworkbench.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/// What staff type about a sample, read and written back: a cost in the shop's currency and the
/// date of a step in the seller's zone ("2026-11-02 14:30", or a day alone for its start).
final class SampleInput {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SampleInput() {
    }

    /// A cost typed by staff: digits with an optional decimal point; empty means not known.
    static Money cost(String text, String currency) {
        String plain = text == null ? "" : text.strip().replace(" ", "").replace(",", "");
        if (plain.isEmpty()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(plain);
        if (amount.signum() < 0) {
            throw new NumberFormatException(text);
        }
        return Money.of(amount, currency);
    }

    /// The cost as the edit field shows it: the plain amount, empty when not known.
    static String cost(Money cost) {
        return cost == null ? "" : cost.amount().stripTrailingZeros().toPlainString();
    }

    /// The moment as the edit field shows it in `zone`; empty when not known.
    static String date(Instant at, ZoneId zone) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    /// The moment typed in `zone`; `shown` is kept to the second when the text still reads as it
    /// (the field shows minutes only). Empty means not known.
    static Instant date(String text, ZoneId zone, Instant shown) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (shown != null && t.equals(date(shown, zone))) {
            return shown;
        }
        try {
            return LocalDateTime.parse(t, DATE_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException notWithTime) {
            try {
                return LocalDate.parse(t).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(t, e);
            }
        }
    }
}
