package dev.sellerworkbench.ui.insights;

/// One product's or one content type's sales in one currency, formatted.
public record BreakdownRow(String name, String currency, String gmv, String orders, String items, String commission,
                           String creatorsSelling, String refunded) {
}
