package dev.sellerworkbench.ui.insights;

/// One plan's performance in one currency, formatted.
public record PlanPerformanceRow(String plan, String type, String currency, String gmv, String orders, String commission,
                      String creatorsSelling, String invited, String joined, String conversion) {
}
