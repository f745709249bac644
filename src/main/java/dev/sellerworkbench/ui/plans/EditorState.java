package dev.sellerworkbench.ui.plans;

import java.time.LocalDate;
import java.util.List;

/// Everything an editor lets the seller change, as a value: what undo and redo step between.
/// Rates are kept as typed, so undo gives back exactly the text that was there.
record EditorState(String name, String description, LocalDate endDate, boolean approvalRequired, String shopRate,
                   List<Item> items, List<Long> creatorIds) {

    EditorState {
        items = List.copyOf(items);
        creatorIds = List.copyOf(creatorIds);
    }

    record Item(String productId, String rate, String reason) {
    }
}
