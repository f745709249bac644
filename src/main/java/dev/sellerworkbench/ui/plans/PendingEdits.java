package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.commission.CommissionSnapshot;
import dev.sellerworkbench.commission.EffectiveTimes;
import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.RateChange;
import dev.sellerworkbench.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/// What an edit of a published plan will change for creators already in it, before it is saved
/// (R-PLAN-10, R-COM-3): each rate change, added or removed product and removed creator, the
/// creators it touches, and the exact moment it reaches them — 00:00 next day in the seller's zone.
final class PendingEdits {

    private static final int NAMES_SHOWN = 5;

    private final Messages messages;
    private final ZoneId zone;
    private final DateTimeFormatter moment;

    PendingEdits(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.moment = DateTimeFormatter.ofPattern("HH:mm, d MMM yyyy", messages.getLocale());
    }

    /// "00:00, 24 Nov 2026, Asia/Ho_Chi_Minh".
    String format(Instant instant) {
        return moment.format(instant.atZone(zone)) + ", " + zone.getId();
    }

    /// One sentence per pending change of `draft` against the published `stored` plan, edited at `now`.
    List<String> describe(StoredPlan stored, PlanDraft draft, CommissionSnapshot snapshot, Instant now) {
        List<String> lines = new ArrayList<>();
        String when = format(EffectiveTimes.nextMidnight(now, zone));
        Map<String, Rate> before = new LinkedHashMap<>();
        stored.items().forEach(i -> before.put(i.productId(), i.rate()));
        Set<String> kept = new HashSet<>();
        for (PlanDraft.Item item : draft.items()) {
            kept.add(item.productId());
            Rate old = before.get(item.productId());
            String who = touched(stored, snapshot, item.productId());
            String rate = item.rate() == null ? "—" : item.rate().toString();
            if (old == null) {
                lines.add(messages.get("plans.pending.added", item.productId(), rate, who, when));
            } else if (!Objects.equals(old, item.rate())) {
                lines.add(messages.get("plans.pending.rate", item.productId(), old.toString(), rate, who, when));
            }
        }
        for (PlanItem old : stored.items()) {
            if (!kept.contains(old.productId())) {
                lines.add(messages.get("plans.pending.removed", old.productId(),
                        touched(stored, snapshot, old.productId()), when));
            }
        }
        ShopRates header = new ShopRates(stored, draft);
        if (header.shopChanged()) {
            lines.add(messages.get("plans.pending.shop", header.oldShop(), header.newShop(),
                    touched(stored, snapshot, null), when));
        }
        Set<Long> wanted = new HashSet<>(draft.creatorIds());
        for (PlanCreator pc : stored.creators()) {
            if (pc.status() == InvitationStatus.REMOVED || wanted.contains(pc.creatorId())) {
                continue;
            }
            String label = snapshot.label(pc.creatorId());
            lines.add(pc.status() == InvitationStatus.ACCEPTED
                    ? messages.get("plans.pending.creatorRemoved", label, when)
                    : messages.get("plans.pending.creatorRemovedNow", label));
        }
        return lines;
    }

    /// What publishing already decided but has not reached creators yet (R-PLAN-10): each published
    /// rate change, product added or removed, and creator removal whose moment is after `now`, so the
    /// editor keeps saying it until it takes effect.
    List<String> scheduled(StoredPlan stored, List<RateChange> changes, CommissionSnapshot snapshot, Instant now) {
        List<String> lines = new ArrayList<>();
        for (RateChange change : changes) {
            if (!change.effectiveAt().isAfter(now)) {
                continue;
            }
            String when = format(change.effectiveAt());
            String who = touched(stored, snapshot, change.productId());
            String line;
            if (change.productId() == null) {
                line = messages.get("plans.pending.shop", String.valueOf(change.oldRate()), String.valueOf(change.newRate()),
                        who, when);
            } else if (change.oldRate() == null) {
                line = messages.get("plans.pending.added", change.productId(), String.valueOf(change.newRate()), who, when);
            } else if (change.newRate() == null) {
                line = messages.get("plans.pending.removed", change.productId(), who, when);
            } else {
                line = messages.get("plans.pending.rate", change.productId(), change.oldRate().toString(),
                        change.newRate().toString(), who, when);
            }
            lines.add(messages.get("plans.pending.published", line));
        }
        for (PlanCreator pc : stored.creators()) {
            if (pc.status() == InvitationStatus.REMOVED && pc.removedAt() != null && pc.acceptedAt() != null) {
                Instant effective = EffectiveTimes.nextMidnight(pc.removedAt(), zone);
                if (effective.isAfter(now)) {
                    lines.add(messages.get("plans.pending.published", messages.get("plans.pending.creatorRemoved",
                            snapshot.label(pc.creatorId()), format(effective))));
                }
            }
        }
        return lines;
    }

    /// The creators already in the plan who feel a change of `productId`: accepted creators of a
    /// targeted or shop plan, approved applicants of an open plan.
    private String touched(StoredPlan stored, CommissionSnapshot snapshot, String productId) {
        Set<Long> ids = new LinkedHashSet<>();
        if (stored.plan().type() == PlanType.OPEN) {
            for (Application a : snapshot.applications()) {
                if (a.planId() == stored.plan().id() && a.productId().equals(productId) && !a.removed()
                        && (a.status() == ApplicationStatus.APPROVED || !stored.plan().approvalRequired())) {
                    ids.add(a.creatorId());
                }
            }
        } else {
            stored.creators().stream().filter(pc -> pc.status() == InvitationStatus.ACCEPTED)
                    .forEach(pc -> ids.add(pc.creatorId()));
        }
        if (ids.isEmpty()) {
            return messages.get("plans.pending.nobody");
        }
        List<String> names = ids.stream().limit(NAMES_SHOWN).map(snapshot::label).toList();
        String shown = String.join(", ", names) + (ids.size() > NAMES_SHOWN ? ", …" : "");
        return messages.get("plans.pending.creators", ids.size(), shown);
    }

    /// The shop rate before and after, when it changed.
    private record ShopRates(String oldShop, String newShop, boolean shopChanged) {
        ShopRates(StoredPlan stored, PlanDraft draft) {
            this(String.valueOf(stored.plan().shopRate()), String.valueOf(draft.plan().shopRate()),
                    stored.plan().type() == PlanType.SHOP
                            && !Objects.equals(stored.plan().shopRate(), draft.plan().shopRate()));
        }
    }
}
