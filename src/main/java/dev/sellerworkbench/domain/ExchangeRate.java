package dev.sellerworkbench.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/// An exchange rate the user keeps (R-ST-6): one unit of `currency` is worth `rate` units of the
/// shop's currency, as of the day `asOf`. Written in settings as `RATE DATE`, e.g. `31500 2026-11-01`.
public record ExchangeRate(String currency, BigDecimal rate, LocalDate asOf) {

    /// Decimals a rate may carry.
    public static final int MAX_DECIMALS = 8;

    public ExchangeRate {
        Objects.requireNonNull(currency);
        Objects.requireNonNull(asOf);
        if (rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException("an exchange rate is a positive number");
        }
        rate = rate.stripTrailingZeros();
    }

    /// Reads `RATE DATE` (`31500 2026-11-01`, `0.0000318 2026-11-01`).
    ///
    /// @throws IllegalArgumentException when it is not a positive number of at most eight decimals and an ISO date
    public static ExchangeRate parse(String currency, String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("write the rate and its date, e.g. 31500 2026-11-01");
        }
        try {
            BigDecimal rate = new BigDecimal(parts[0]);
            if (rate.stripTrailingZeros().scale() > MAX_DECIMALS) {
                throw new IllegalArgumentException("at most " + MAX_DECIMALS + " decimals");
            }
            return new ExchangeRate(currency, rate, LocalDate.parse(parts[1]));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("write the rate and its date, e.g. 31500 2026-11-01", e);
        }
    }

    /// As stored in settings.
    public String toSetting() {
        return rate.toPlainString() + " " + asOf;
    }

    /// `amount` (in this rate's currency) in `target`, exact (not rounded).
    public BigDecimal convert(BigDecimal amount) {
        return amount.multiply(rate);
    }
}
