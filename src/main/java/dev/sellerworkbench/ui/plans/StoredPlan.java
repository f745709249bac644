package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.Workspace;
import java.util.List;

/// A plan as stored: header, current items and every creator row. Loaded off the FX thread.
record StoredPlan(Plan plan, List<PlanItem> items, List<PlanCreator> creators) {

    static StoredPlan load(Workspace workspace, long planId) {
        Plan plan = workspace.plans().findById(planId).orElseThrow(() -> new IllegalStateException("plan " + planId));
        List<PlanItem> items = workspace.plans().items(planId).stream().filter(i -> i.removedAt() == null).toList();
        return new StoredPlan(plan, items, workspace.plans().creators(planId));
    }

    List<Long> activeCreatorIds() {
        return creators.stream().filter(pc -> pc.status() != InvitationStatus.REMOVED).map(PlanCreator::creatorId).toList();
    }

    /// The plan as an editor draft; an item stored without a rate (0 bp) has none.
    PlanDraft draft() {
        List<PlanDraft.Item> draftItems = items.stream()
                .map(i -> new PlanDraft.Item(i.productId(),
                        i.rate().equals(PlanService.UNSET_RATE) ? null : i.rate(), i.reason()))
                .toList();
        return new PlanDraft(plan, draftItems, activeCreatorIds());
    }
}
