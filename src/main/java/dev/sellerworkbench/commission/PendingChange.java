package dev.sellerworkbench.commission;

import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;

/// An edit of a published plan that creators already in it do not feel yet, with the moment it
/// reaches them (R-PLAN-10). `productId` is null for shop-rate changes and creator removals;
/// `creatorId` is set for creator removals only.
public record PendingChange(Kind kind, long planId, String productId, Long creatorId, String creator, Rate oldRate,
                            Rate newRate, Instant changedAt, Instant effectiveAt) {

    public enum Kind { RATE_CHANGED, PRODUCT_ADDED, PRODUCT_REMOVED, SHOP_RATE_CHANGED, CREATOR_REMOVED }

    /// A sentence for the editor, times in `zone`.
    public String describe(Messages messages, ZoneId zone) {
        return messages.get("commission.pending." + kind.name(), productId == null ? "" : productId,
                oldRate == null ? "" : oldRate.toString(), newRate == null ? "" : newRate.toString(),
                creator == null ? "" : creator, Resolution.format(effectiveAt, zone));
    }
}
