package dev.sellerworkbench.commission;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import java.time.LocalDate;

/// One order line's commission and dates: delivered on `deliveryDay`, after-sales period ends on
/// `settlementDay`, commission paid on `payDay` (days in the market's zone). Dates are null where
/// unknown (not delivered, period not configured); `commission` is zero unless `status` is DUE.
public record SettlementLine(Order order, Region region, Rate rate, Money commission, LocalDate deliveryDay,
                             LocalDate settlementDay, LocalDate payDay, PayoutStatus status) {

    /// The status for a table cell ("Due", "Not configured" …).
    public String statusLabel(Messages messages) {
        return messages.get("commission.payout." + status.name());
    }
}
