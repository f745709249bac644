package dev.sellerworkbench.ui.insights;

/// One piece of content's sales in one currency, formatted: its content id ("—" for the lines whose
/// file gave none), content type and creator by name.
public record ContentIdRow(String contentId, String contentType, String creator, String currency, String gmv,
                           String orders, String commission) {
}
