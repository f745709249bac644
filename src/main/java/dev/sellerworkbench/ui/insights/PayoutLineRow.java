package dev.sellerworkbench.ui.insights;

/// One order line behind a pay day, formatted.
public record PayoutLineRow(String orderId, String creator, String region, String amount, String rate,
                            String commission, String delivered, String settled) {
}
