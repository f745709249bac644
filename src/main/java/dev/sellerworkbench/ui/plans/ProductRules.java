package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.commission.CommissionSnapshot;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.i18n.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/// What the product picker and the creator list may say about a plan's products (R-PR-1, R-PR-2):
/// which other plans of the same type hold a product, why a product cannot be picked, and which
/// creators already hold a product through another targeted plan. Reads a snapshot, never the database.
final class ProductRules {

    private final CommissionSnapshot snapshot;
    private final PlanType type;
    private final long planId;
    private final Messages messages;

    ProductRules(CommissionSnapshot snapshot, PlanType type, long planId, Messages messages) {
        this.snapshot = snapshot;
        this.type = type;
        this.planId = planId;
        this.messages = messages;
    }

    /// Other published plans of this plan's type holding the product.
    List<Plan> holding(String productId) {
        return snapshot.plansHolding(productId, type).stream().filter(p -> p.id() != planId).toList();
    }

    /// "Included in plan …" naming the other plans of the same type, or "".
    String included(String productId) {
        List<Plan> plans = holding(productId);
        return plans.isEmpty() ? "" : messages.get("plans.picker.included",
                plans.stream().map(Plan::name).collect(Collectors.joining(", ")));
    }

    /// Why the product cannot go into this plan, or null when it can.
    String whyNot(Product product, Collection<String> alreadyInPlan) {
        if (!product.live()) {
            return messages.get("plans.picker.whyRevoked");
        }
        if (alreadyInPlan.contains(product.id())) {
            return messages.get("plans.picker.whyAlready");
        }
        if (type == PlanType.OPEN) {
            List<Plan> open = holding(product.id());
            if (!open.isEmpty()) {
                return messages.get("plans.picker.whyOpen", open.getFirst().name());
            }
        }
        return null;
    }

    /// For a targeted plan: each creator in `creatorIds` who already holds one of `productIds` through
    /// another published targeted plan, as "@handle holds product X through plan Y" (R-PR-2).
    List<String> conflicts(long creatorId, Collection<String> productIds) {
        List<String> found = new ArrayList<>();
        if (type != PlanType.TARGETED) {
            return found;
        }
        for (PlanCreator pc : snapshot.plansOfCreator(creatorId)) {
            if (pc.planId() == planId
                    || !pc.status().current()) {
                continue;
            }
            Plan other = snapshot.plan(pc.planId()).orElse(null);
            if (other == null || other.type() != PlanType.TARGETED || other.status() != PlanStatus.PUBLISHED) {
                continue;
            }
            for (String productId : productIds) {
                if (snapshot.items(other.id()).stream()
                        .anyMatch(i -> i.productId().equals(productId) && i.removedAt() == null)) {
                    found.add(messages.get("plans.creators.conflict", productId, other.name()));
                }
            }
        }
        return found;
    }

    /// Creators of the draft holding `productId` through another targeted plan, for the picker.
    String conflictsFor(String productId, Collection<Long> creatorIds) {
        List<String> handles = new ArrayList<>();
        for (long creatorId : creatorIds) {
            if (!conflicts(creatorId, List.of(productId)).isEmpty()) {
                handles.add(snapshot.label(creatorId));
            }
        }
        return handles.isEmpty() ? "" : messages.get("plans.picker.conflict", String.join(", ", handles));
    }
}
