package dev.sellerworkbench.ui.common;

import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.Money;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/// Numbers, money and times formatted for the interface language and the seller's zone.
public final class Formats {

    private static final Map<String, String> SYMBOLS = Map.of("VND", "₫", "IDR", "Rp", "GBP", "£", "USD", "$",
            "CNY", "¥", "THB", "฿", "MYR", "RM", "PHP", "₱", "SGD", "S$");

    private final Locale locale;
    private final ZoneId zone;

    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /// Compact counts for large figures: 1.2M, 35.4K.
    public String compact(long n) {
        return NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT).format(n);
    }

    /// The amount with its currency's minor units, or "—" when unknown.
    public String money(Money money) {
        if (money == null) {
            return "—";
        }
        int digits = Currencies.minorUnits(money.currency());
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        String symbol = SYMBOLS.getOrDefault(money.currency(), money.currency());
        String amount = format.format(money.amount());
        return switch (money.currency()) {
            case "VND" -> amount + " " + symbol;
            default -> symbol + amount;
        };
    }

    /// A share or rate in percent, or "—" when the source did not state it (R-CR-2).
    public String percentBp(int basisPoints) {
        if (basisPoints == dev.sellerworkbench.domain.Audience.UNSTATED) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(java.math.BigDecimal.valueOf(basisPoints, 2)) + "%";
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    public ZoneId zone() {
        return zone;
    }

    public Locale locale() {
        return locale;
    }
}
