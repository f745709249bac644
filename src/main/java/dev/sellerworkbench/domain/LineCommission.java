package dev.sellerworkbench.domain;

import java.util.Objects;

/// The one commission of an order line (R-ST-5), decided once when the line is imported and
/// stored with it; totals, plan figures, the ranking, the payout calendar, settlement and the
/// command line all read this value and never recompute it.
///
/// `base` is the commission base: the platform's actual commission base when the file states it,
/// else its estimated base, else the line's payment amount. `amount` is the platform's actual
/// commission when stated, else its estimated commission, else base × rate (R-ST-1: half-even to
/// the currency's minor unit) with the file's rate, else with the rate resolved for the order's
/// moment; `source` says which.
public record LineCommission(Money base, Money amount, CommissionSource source) {

    public LineCommission {
        Objects.requireNonNull(base);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(source);
    }

    /// Decides a line's commission. `resolvedRate` is the rate the plans give the creator for the
    /// product at the order's moment (R-COM-1), used only when the file states neither a commission
    /// nor a rate; null when no plan gives one.
    public static LineCommission decide(Order order, Rate resolvedRate) {
        Money base = baseOf(order);
        if (order.actualCommission() != null) {
            return new LineCommission(base, order.actualCommission(), CommissionSource.ACTUAL);
        }
        if (order.estimatedCommission() != null) {
            return new LineCommission(base, order.estimatedCommission(), CommissionSource.ESTIMATED);
        }
        if (order.rate() != null) {
            return new LineCommission(base, order.rate().applyTo(base), CommissionSource.FILE_RATE);
        }
        if (resolvedRate != null) {
            return new LineCommission(base, resolvedRate.applyTo(base), CommissionSource.PLAN_RATE);
        }
        return new LineCommission(base, Money.zero(base.currency()), CommissionSource.NONE);
    }

    /// Whether deciding this line needs the plans' rate: the file states no commission and no rate.
    public static boolean needsPlanRate(Order order) {
        return order.actualCommission() == null && order.estimatedCommission() == null && order.rate() == null;
    }

    /// The commission base: actual base, else estimated base, else the payment amount.
    public static Money baseOf(Order order) {
        if (order.actualBase() != null) {
            return order.actualBase();
        }
        if (order.estimatedBase() != null) {
            return order.estimatedBase();
        }
        return order.amount();
    }
}
