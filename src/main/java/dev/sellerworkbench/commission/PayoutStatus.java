package dev.sellerworkbench.commission;

/// Where an order line stands for the creator's payout (R-ST-2, R-ST-3).
public enum PayoutStatus {
    /// Paid on the pay day.
    DUE,
    /// Refunded within the after-sales period: no commission.
    REFUNDED,
    /// Not delivered yet: the period has not started.
    NOT_DELIVERED,
    /// The market's after-sales period is not set (or the market is unknown): no date is guessed.
    NOT_CONFIGURED,
    /// No plan gave a rate when the order was placed.
    NO_COMMISSION
}
