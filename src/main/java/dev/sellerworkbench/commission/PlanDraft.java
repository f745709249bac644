package dev.sellerworkbench.commission;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Rate;
import java.util.List;

/// A plan as an editor holds it: the header (id 0 for a new plan; `version` as loaded, for the
/// optimistic check), its current products and, for a targeted or shop plan, the creators in it.
/// Invitation states are not part of the draft: accepting is the creator's act, not the editor's.
public record PlanDraft(Plan plan, List<Item> items, List<Long> creatorIds) {

    public PlanDraft {
        items = List.copyOf(items);
        creatorIds = List.copyOf(creatorIds);
    }

    /// The same draft with one rate for every product (R-PLAN-3's uniform rate).
    public PlanDraft withUniformRate(Rate rate) {
        return new PlanDraft(plan, items.stream().map(i -> new Item(i.productId(), rate, i.reason())).toList(), creatorIds);
    }

    /// A product with its commission rate and promotion reason (R-PLAN-2); `rate` may be null while unset.
    public record Item(String productId, Rate rate, String reason) {
    }
}
