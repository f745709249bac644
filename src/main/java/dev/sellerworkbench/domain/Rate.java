package dev.sellerworkbench.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/// A commission rate in integer hundredths of a percent, as the platform's API stores it:
/// 1250 is 12.5% (R-PLAN-3).
public record Rate(int basisPoints) implements Comparable<Rate> {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public static Rate ofBasisPoints(int basisPoints) {
        return new Rate(basisPoints);
    }

    /// Parses a percentage such as "12.5" or "12.50%".
    ///
    /// @throws IllegalArgumentException when it is not a number or has more than two decimals
    public static Rate parsePercent(String text) {
        String cleaned = text.trim().replace("%", "").replace(',', '.').trim();
        BigDecimal percent;
        try {
            percent = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a percentage: " + text, e);
        }
        BigDecimal hundredths = percent.movePointRight(2).stripTrailingZeros();
        if (hundredths.scale() > 0) {
            throw new IllegalArgumentException("At most two decimals: " + text);
        }
        return new Rate(hundredths.intValueExact());
    }

    public BigDecimal asFraction() {
        return BigDecimal.valueOf(basisPoints).divide(TEN_THOUSAND);
    }

    public BigDecimal asPercent() {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
    }

    /// Commission on an amount: amount × rate rounded to the currency's minor unit, half-even (R-ST-1).
    public Money applyTo(Money amount) {
        BigDecimal raw = amount.amount().multiply(BigDecimal.valueOf(basisPoints)).divide(TEN_THOUSAND);
        return new Money(raw.setScale(Currencies.minorUnits(amount.currency()), RoundingMode.HALF_EVEN), amount.currency());
    }

    @Override
    public int compareTo(Rate other) {
        return Integer.compare(basisPoints, other.basisPoints);
    }

    @Override
    public String toString() {
        return asPercent().toPlainString() + "%";
    }
}
