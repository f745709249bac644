package dev.sellerworkbench.ui.plans;

import java.time.LocalDate;
import java.util.List;

/// Everything an editor lets the seller change, as a value: what undo and redo step between.
/// Rates are kept as typed, so undo gives back exactly the text that was there.
/// `link` is a targeted plan's Seller Center invitation link as typed (R-IN-6); null in edits kept
/// before it existed.
record EditorState(String name, String description, LocalDate endDate, boolean approvalRequired, String shopRate,
                   List<Item> items, List<Long> creatorIds, String link) {

    EditorState {
        items = List.copyOf(items);
        creatorIds = List.copyOf(creatorIds);
    }

    record Item(String productId, String rate, String reason) {
    }
}
