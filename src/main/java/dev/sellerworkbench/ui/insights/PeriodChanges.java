package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.insights.Insights;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/// The change of a figure against the previous period, as shown beside it: "+12.5%", "−3%",
/// "new" when the previous period had none, and nothing when both are zero.
final class PeriodChanges {

    private final Messages messages;
    private final Locale locale;

    PeriodChanges(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String of(BigDecimal current, BigDecimal previous) {
        if (previous == null || previous.signum() == 0) {
            return current.signum() == 0 ? "" : messages.get("insights.change.new");
        }
        return signed(Insights.change(current, previous)) + "%";
    }

    String of(long current, long previous) {
        return of(BigDecimal.valueOf(current), BigDecimal.valueOf(previous));
    }

    /// A change of a rate in percentage points (hundredths of a percent in, "+0.25 pt" out).
    String points(Integer currentBp, Integer previousBp) {
        if (currentBp == null || previousBp == null) {
            return currentBp == null ? "" : messages.get("insights.change.new");
        }
        return messages.get("insights.change.points", signed(BigDecimal.valueOf(currentBp - previousBp, 2)));
    }

    /// A figure with its change: "1.200.000 ₫ (+12.5%)", or the figure alone.
    String cell(String value, String change) {
        return change.isEmpty() ? value : messages.get("insights.totals.cell", value, change);
    }

    private String signed(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        String text = format.format(value.abs());
        return value.signum() > 0 ? "+" + text : value.signum() < 0 ? "\u2212" + text : text;
    }
}
