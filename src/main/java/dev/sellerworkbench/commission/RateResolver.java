package dev.sellerworkbench.commission;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.RateChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Which rate applies to a creator's sale of a product at a moment, and why (R-COM-1 … R-COM-4).
///
/// Order of the rules: an accepted targeted plan holding the product, else an open plan holding it
/// for which the creator is approved, else the shop plan. Among several accepted targeted plans the
/// highest rate wins, equal rates go to the plan accepted first (R-COM-2). A Revoked product earns
/// nothing new (R-PR-2).
///
/// Edits follow R-COM-3: a creator who joined (accepted, or was approved) before an edit feels it
/// from the edit's effective moment (00:00 next day in the seller's zone, R-PLAN-10); one who joined
/// after it has the new rate at once. Asking about an order's creation time gives the rate in force
/// when it was placed.
public final class RateResolver {

    private final CommissionSnapshot snapshot;

    public RateResolver(CommissionSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public CommissionSnapshot snapshot() {
        return snapshot;
    }

    public Resolution resolve(long creatorId, String productId, Instant at) {
        String label = snapshot.label(creatorId);
        if (snapshot.productStatus(productId).orElse(ProductStatus.LIVE) == ProductStatus.REVOKED) {
            return Resolution.none(creatorId, label, productId, at, true).withProduct(snapshot.productLabel(productId));
        }
        Candidate best = null;
        for (PlanCreator pc : snapshot.plansOfCreator(creatorId)) {
            Plan plan = snapshot.plan(pc.planId()).orElse(null);
            if (plan == null || plan.type() != PlanType.TARGETED || !inForce(plan, at)) {
                continue;
            }
            Instant joined = acceptedMember(pc, at);
            if (joined == null) {
                continue;
            }
            best = better(best, held(plan, productId, joined, at), joined);
        }
        if (best != null) {
            return best.resolution(creatorId, label, productId, at, Rule.TARGETED_ACCEPTED)
                    .withProduct(snapshot.productLabel(productId));
        }
        for (Application a : snapshot.applications(creatorId)) {
            if (!a.productId().equals(productId)) {
                continue;
            }
            Plan plan = snapshot.plan(a.planId()).orElse(null);
            if (plan == null || plan.type() != PlanType.OPEN || !inForce(plan, at)) {
                continue;
            }
            Instant joined = approvedAt(a, plan);
            if (joined == null || joined.isAfter(at)) {
                continue;
            }
            best = better(best, held(plan, productId, joined, at), joined);
        }
        if (best != null) {
            return best.resolution(creatorId, label, productId, at, Rule.OPEN_APPROVED)
                    .withProduct(snapshot.productLabel(productId));
        }
        for (Plan plan : snapshot.plans()) {
            if (plan.type() != PlanType.SHOP || !inForce(plan, at)) {
                continue;
            }
            Instant joined = null;
            boolean removed = false;
            for (PlanCreator pc : snapshot.creators(plan.id())) {
                if (pc.creatorId() != creatorId) {
                    continue;
                }
                if (pc.status() == InvitationStatus.REMOVED) {
                    removed = pc.removedAt() == null || !at.isBefore(removalEffective(pc));
                }
                Instant since = pc.acceptedAt() != null ? pc.acceptedAt() : pc.invitedAt();
                joined = since != null && !since.isAfter(at) ? since : null;
            }
            if (removed) {
                continue;
            }
            List<RateChange> changes = snapshot.changes(plan.id(), null);
            Rate initial = changes.isEmpty() ? plan.shopRate() : changes.getFirst().oldRate();
            best = better(best, withPlan(plan, held(initial, changes, joined, at)), joined);
        }
        if (best != null) {
            return best.resolution(creatorId, label, productId, at, Rule.SHOP)
                    .withProduct(snapshot.productLabel(productId));
        }
        return Resolution.none(creatorId, label, productId, at, false).withProduct(snapshot.productLabel(productId));
    }

    /// What the approval queue shows for an application (R-AP-5): the resolution the creator would
    /// have if it were approved at `at`. An accepted targeted plan still wins (R-COM-1), and so does
    /// a higher open rate the creator already holds.
    public Resolution resolveIfApproved(Application application, Instant at) {
        Resolution current = resolve(application.creatorId(), application.productId(), at);
        if (current.revoked() || current.rule() == Rule.TARGETED_ACCEPTED) {
            return current;
        }
        Plan plan = snapshot.plan(application.planId()).orElse(null);
        if (plan == null || plan.type() != PlanType.OPEN || !inForce(plan, at)) {
            return current;
        }
        Optional<Rate> rate = rateForNewcomers(plan, application.productId(), at);
        if (rate.isEmpty() || (current.rule() == Rule.OPEN_APPROVED && current.rate().compareTo(rate.get()) >= 0)) {
            return current;
        }
        return new Resolution(application.creatorId(), current.creator(), application.productId(), at,
                Rule.OPEN_APPROVED, rate.get(), plan, at, false, current.product());
    }

    /// The rate a creator joining `plan` at `at` gets for the product; empty when the plan does not hold it then.
    public Optional<Rate> rateForNewcomers(Plan plan, String productId, Instant at) {
        if (plan.type() == PlanType.SHOP) {
            List<RateChange> changes = snapshot.changes(plan.id(), null);
            Rate initial = changes.isEmpty() ? plan.shopRate() : changes.getFirst().oldRate();
            return Optional.ofNullable(held(initial, changes, null, at).rate());
        }
        Candidate c = held(plan, productId, null, at);
        return c == null ? Optional.empty() : Optional.of(c.rate());
    }

    /// Products held at `at` by two or more open or targeted plans in force.
    public List<String> productsInSeveralPlans(Instant at) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Plan plan : snapshot.plans()) {
            if (plan.type() == PlanType.SHOP || !inForce(plan, at)) {
                continue;
            }
            for (PlanItem item : snapshot.items(plan.id())) {
                if (item.removedAt() == null || item.removedAt().isAfter(at)) {
                    counts.merge(item.productId(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
    }

    /// Who gets which rate for a product held by several plans: each plan's rate for newcomers and,
    /// per creator invited to or approved in one of them, their standings and the winning rate.
    public ConflictTable conflicts(String productId, Instant at) {
        List<ConflictTable.Offer> offers = new ArrayList<>();
        Map<Long, List<ConflictTable.Standing>> standings = new LinkedHashMap<>();
        for (Plan plan : snapshot.plans().stream().sorted(Comparator.comparingLong(Plan::id)).toList()) {
            if (!inForce(plan, at)) {
                continue;
            }
            Optional<Rate> newcomers = rateForNewcomers(plan, productId, at);
            if (newcomers.isEmpty() || plan.type() == PlanType.SHOP) {
                if (plan.type() == PlanType.SHOP && newcomers.isPresent()) {
                    offers.add(new ConflictTable.Offer(plan, newcomers.get()));
                }
                continue;
            }
            offers.add(new ConflictTable.Offer(plan, newcomers.get()));
            if (plan.type() == PlanType.TARGETED) {
                for (PlanCreator pc : snapshot.creators(plan.id())) {
                    Instant joined = acceptedMember(pc, at);
                    if (joined != null) {
                        Candidate c = held(plan, productId, joined, at);
                        standings.computeIfAbsent(pc.creatorId(), k -> new ArrayList<>()).add(
                                new ConflictTable.Standing(plan, InvitationStatus.ACCEPTED.name(), c == null ? null : c.rate()));
                    } else if (pc.status() == InvitationStatus.NOT_SENT || pc.status() == InvitationStatus.SENT) {
                        standings.computeIfAbsent(pc.creatorId(), k -> new ArrayList<>()).add(
                                new ConflictTable.Standing(plan, pc.status().name(), newcomers.get()));
                    }
                }
            }
        }
        for (Application a : snapshot.applications()) {
            Plan plan = snapshot.plan(a.planId()).orElse(null);
            if (!a.productId().equals(productId) || plan == null || plan.type() != PlanType.OPEN || !inForce(plan, at)) {
                continue;
            }
            Instant joined = approvedAt(a, plan);
            if (joined == null || joined.isAfter(at)) {
                continue;
            }
            Candidate c = held(plan, productId, joined, at);
            if (c != null) {
                standings.computeIfAbsent(a.creatorId(), k -> new ArrayList<>()).add(
                        new ConflictTable.Standing(plan, ApplicationStatus.APPROVED.name(), c.rate()));
            }
        }
        List<ConflictTable.Row> rows = new ArrayList<>();
        standings.forEach((creatorId, list) -> rows.add(new ConflictTable.Row(creatorId, snapshot.label(creatorId), list,
                resolve(creatorId, productId, at))));
        rows.sort(Comparator.comparing(ConflictTable.Row::creator));
        return new ConflictTable(productId, at, offers, rows);
    }

    /// The plan's edits that creators already in it will feel only later than `now`, soonest first.
    public List<PendingChange> pendingChanges(long planId, Instant now) {
        List<PendingChange> pending = new ArrayList<>();
        for (RateChange c : snapshot.changes(planId)) {
            if (!c.effectiveAt().isAfter(now)) {
                continue;
            }
            PendingChange.Kind kind = c.productId() == null ? PendingChange.Kind.SHOP_RATE_CHANGED
                    : c.oldRate() == null ? PendingChange.Kind.PRODUCT_ADDED
                    : c.newRate() == null ? PendingChange.Kind.PRODUCT_REMOVED : PendingChange.Kind.RATE_CHANGED;
            pending.add(new PendingChange(kind, planId, c.productId(), null, null, c.oldRate(), c.newRate(),
                    c.changedAt(), c.effectiveAt()));
        }
        for (PlanCreator pc : snapshot.creators(planId)) {
            if (pc.status() == InvitationStatus.REMOVED && pc.removedAt() != null && pc.acceptedAt() != null
                    && removalEffective(pc).isAfter(now)) {
                pending.add(new PendingChange(PendingChange.Kind.CREATOR_REMOVED, planId, null, pc.creatorId(),
                        snapshot.label(pc.creatorId()), null, null, pc.removedAt(), removalEffective(pc)));
            }
        }
        pending.sort(Comparator.comparing(PendingChange::effectiveAt).thenComparing(PendingChange::changedAt));
        return pending;
    }

    /// A plan counts from its publication until the end of its end date (seller's zone); drafts never.
    boolean inForce(Plan plan, Instant at) {
        if (plan.status() == PlanStatus.DRAFT) {
            return false;
        }
        if (plan.publishedAt() != null && plan.publishedAt().isAfter(at)) {
            return false;
        }
        if (plan.endDate() != null) {
            return at.isBefore(plan.endDate().plusDays(1).atStartOfDay(snapshot.zone()).toInstant());
        }
        // Ended without an end date: the moment is unknown, so it no longer counts at all.
        return plan.status() != PlanStatus.ENDED;
    }

    /// When the creator accepted, if they hold the targeted plan at `at`; a removal reaches an
    /// accepted creator at 00:00 next day (R-PLAN-10).
    private Instant acceptedMember(PlanCreator pc, Instant at) {
        boolean accepted = pc.status() == InvitationStatus.ACCEPTED
                || (pc.status() == InvitationStatus.REMOVED && pc.acceptedAt() != null);
        if (!accepted) {
            return null;
        }
        Instant joined = pc.acceptedAt() != null ? pc.acceptedAt() : pc.invitedAt();
        if (joined == null || joined.isAfter(at)) {
            return null;
        }
        if (pc.status() == InvitationStatus.REMOVED && (pc.removedAt() == null || !at.isBefore(removalEffective(pc)))) {
            return null;
        }
        return joined;
    }

    private Instant removalEffective(PlanCreator pc) {
        return EffectiveTimes.nextMidnight(pc.removedAt(), snapshot.zone());
    }

    /// When an application started to count: its approval, or its arrival in a plan without creator
    /// approval (R-PLAN-4); null when it does not count.
    private static Instant approvedAt(Application a, Plan plan) {
        if (a.removed()) {
            return null;
        }
        if (a.status() == ApplicationStatus.APPROVED) {
            return a.decidedAt() != null ? a.decidedAt() : a.appliedAt();
        }
        if (a.status() == ApplicationStatus.PENDING && !plan.approvalRequired()) {
            return a.appliedAt();
        }
        return null;
    }

    /// The rate the plan gives on the product to a creator who joined at `joined` (null: joins at `at`).
    private Candidate held(Plan plan, String productId, Instant joined, Instant at) {
        PlanItem item = null;
        for (PlanItem i : snapshot.itemsOfProduct(productId)) {
            if (i.planId() == plan.id()) {
                item = i;
            }
        }
        if (item == null) {
            return null;
        }
        List<RateChange> changes = snapshot.changes(plan.id(), productId);
        if (changes.isEmpty()) {
            if (item.removedAt() != null && !at.isBefore(item.removedAt())) {
                return null;
            }
            return withPlan(plan, new Held(item.rate(), joined));
        }
        return withPlan(plan, held(changes.getFirst().oldRate(), changes, joined, at));
    }

    /// Replays a rate's history: a change reaches a creator who joined before it at its effective
    /// moment, and one who joined after it (or joins now, `joined` null) at once.
    static Held held(Rate initial, List<RateChange> changes, Instant joined, Instant at) {
        Rate rate = initial;
        Instant since = joined;
        for (RateChange c : changes) {
            boolean madeBeforeJoining = joined == null ? !c.changedAt().isAfter(at) : !c.changedAt().isAfter(joined);
            boolean reached = !c.effectiveAt().isAfter(at);
            if (madeBeforeJoining) {
                rate = c.newRate();
                since = joined == null ? c.changedAt() : joined;
            } else if (reached) {
                rate = c.newRate();
                since = c.effectiveAt();
            }
        }
        return new Held(rate, since);
    }

    private static Candidate withPlan(Plan plan, Held held) {
        if (held.rate() == null) {
            return null;
        }
        Instant since = held.since();
        if (plan.publishedAt() != null && (since == null || since.isBefore(plan.publishedAt()))) {
            since = plan.publishedAt();
        }
        return new Candidate(plan, held.rate(), since, null);
    }

    /// Higher rate wins; equal rates go to the earlier joining, then to the older plan (R-COM-2).
    private static Candidate better(Candidate current, Candidate next, Instant joined) {
        if (next == null) {
            return current;
        }
        Candidate c = new Candidate(next.plan(), next.rate(), next.since(), joined);
        if (current == null) {
            return c;
        }
        int byRate = c.rate().compareTo(current.rate());
        if (byRate != 0) {
            return byRate > 0 ? c : current;
        }
        if (c.joined() != null && current.joined() != null && !c.joined().equals(current.joined())) {
            return c.joined().isBefore(current.joined()) ? c : current;
        }
        return c.plan().id() < current.plan().id() ? c : current;
    }

    record Held(Rate rate, Instant since) {
    }

    private record Candidate(Plan plan, Rate rate, Instant since, Instant joined) {
        Resolution resolution(long creatorId, String label, String productId, Instant at, Rule rule) {
            return new Resolution(creatorId, label, productId, at, rule, rate, plan, since, false);
        }
    }
}
