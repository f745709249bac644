package dev.sellerworkbench.ui.insights;

/// Affiliate totals in one currency, each formatted with its change against the previous period.
public record TotalsRow(String currency, String gmv, String orders, String items, String commissionDue,
                        String commissionPaid, String refunded, String averageRate) {
}
