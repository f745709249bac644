package dev.sellerworkbench.ui.insights;

/// Affiliate totals in one currency, formatted.
public record TotalsRow(String currency, String orders, String items, String gmv, String commission, String refunded) {
}
