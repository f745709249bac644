package dev.sellerworkbench.commission;

import static dev.sellerworkbench.commission.PlanProblem.FIELD_CREATORS;
import static dev.sellerworkbench.commission.PlanProblem.FIELD_NAME;
import static dev.sellerworkbench.commission.PlanProblem.FIELD_PLAN;
import static dev.sellerworkbench.commission.PlanProblem.FIELD_PRODUCT;
import static dev.sellerworkbench.commission.PlanProblem.FIELD_RATE;
import static dev.sellerworkbench.commission.PlanProblem.FIELD_REASON;
import static dev.sellerworkbench.commission.PlanProblem.FIELD_SHOP_RATE;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// Checks a plan before it is published and returns every problem at once (R-PLAN-5): Live
/// products (R-PR-2), rates (R-PLAN-3), reasons (R-PLAN-2), the targeted-plan and creator limits
/// (R-PLAN-7, R-PLAN-8), one shop plan (R-PLAN-12), one open plan per product and one targeted plan
/// per creator and product (R-PR-2). Other plans count only while published; drafts are offline.
public final class PlanValidator {

    private final PlanLimits limits;

    public PlanValidator(PlanLimits limits) {
        this.limits = limits;
    }

    public PlanLimits limits() {
        return limits;
    }

    /// Every problem of `draft` given the rest of the seller's plans in `current`; empty when it may be published.
    public List<PlanProblem> validate(PlanDraft draft, CommissionSnapshot current) {
        Plan plan = draft.plan();
        List<PlanProblem> problems = new ArrayList<>();
        if (plan.status() == PlanStatus.ENDED) {
            problems.add(PlanProblem.of(null, FIELD_PLAN, "commission.problem.planEnded"));
        }
        if (plan.type() == PlanType.TARGETED && (plan.name() == null || plan.name().isBlank())) {
            problems.add(PlanProblem.of(null, FIELD_NAME, "commission.problem.nameMissing"));
        }
        if (plan.type() == PlanType.SHOP) {
            problems.addAll(checkRate(null, FIELD_SHOP_RATE, plan.shopRate()));
            otherPublished(current, plan, PlanType.SHOP).findFirst().ifPresent(other -> problems.add(
                    PlanProblem.of(null, FIELD_PLAN, "commission.problem.shopPlanExists", other.name())));
            return problems;
        }
        checkItems(draft, current, problems);
        if (plan.type() == PlanType.TARGETED) {
            checkLink(plan.baseLink()).ifPresent(problems::add);
            checkTargeted(draft, current, problems);
        }
        return problems;
    }

    private void checkItems(PlanDraft draft, CommissionSnapshot current, List<PlanProblem> problems) {
        Plan plan = draft.plan();
        if (draft.items().isEmpty()) {
            problems.add(PlanProblem.of(null, FIELD_PRODUCT, "commission.problem.noProducts"));
        }
        // Only a published plan keeps a product revoked after it was added (R-PR-2); a draft's
        // stored items are still to be published, so a Revoked one is a problem like any other.
        boolean published = plan.id() != 0 && current.plans().stream()
                .anyMatch(p -> p.id() == plan.id() && p.status() != PlanStatus.DRAFT);
        Set<String> alreadyIn = new HashSet<>();
        for (PlanItem item : current.items(plan.id())) {
            if (published && item.removedAt() == null) {
                alreadyIn.add(item.productId());
            }
        }
        Set<String> seen = new HashSet<>();
        for (PlanDraft.Item item : draft.items()) {
            String product = item.productId();
            if (!seen.add(product)) {
                problems.add(PlanProblem.of(product, FIELD_PRODUCT, "commission.problem.duplicateProduct", product));
                continue;
            }
            Optional<ProductStatus> status = current.productStatus(product);
            if (status.isEmpty()) {
                problems.add(PlanProblem.of(product, FIELD_PRODUCT, "commission.problem.productUnknown", product));
            } else if (status.get() != ProductStatus.LIVE && !alreadyIn.contains(product)) {
                // A product revoked after it was added stays in its plan, marked (R-PR-2).
                problems.add(PlanProblem.of(product, FIELD_PRODUCT, "commission.problem.productNotLive", product));
            }
            problems.addAll(checkRate(product, FIELD_RATE, item.rate()));
            problems.addAll(checkReason(product, item.reason()));
            if (plan.type() == PlanType.OPEN) {
                otherPublished(current, plan, PlanType.OPEN)
                        .filter(other -> holds(current, other, product))
                        .findFirst()
                        .ifPresent(other -> problems.add(PlanProblem.of(product, FIELD_PRODUCT,
                                "commission.problem.productInOpenPlan", product, other.name())));
            }
        }
    }

    private void checkTargeted(PlanDraft draft, CommissionSnapshot current, List<PlanProblem> problems) {
        Plan plan = draft.plan();
        long published = otherPublished(current, plan, PlanType.TARGETED).count();
        if (published >= limits.maxTargetedPlans()) {
            problems.add(PlanProblem.of(null, FIELD_PLAN, "commission.problem.tooManyTargetedPlans",
                    String.valueOf(limits.maxTargetedPlans())));
        }
        Set<Long> creators = new LinkedHashSet<>(draft.creatorIds());
        if (creators.size() > limits.maxTargetedCreators()) {
            problems.add(PlanProblem.of(null, FIELD_CREATORS, "commission.problem.tooManyCreators",
                    String.valueOf(limits.maxTargetedCreators()), String.valueOf(creators.size())));
        }
        List<String> products = draft.items().stream().map(PlanDraft.Item::productId).toList();
        for (long creatorId : creators) {
            problems.addAll(creatorConflicts(plan, products, creatorId, current));
        }
    }

    /// R-PR-2: a creator may hold a product through one targeted plan only. The problems of having
    /// `creatorId` in `plan` with `products`, one per product another published targeted plan
    /// already gives them, naming that plan.
    public List<PlanProblem> creatorConflicts(Plan plan, List<String> products, long creatorId,
                                              CommissionSnapshot current) {
        List<PlanProblem> problems = new ArrayList<>();
        List<Plan> others = otherPublished(current, plan, PlanType.TARGETED).toList();
        for (PlanCreator pc : current.plansOfCreator(creatorId)) {
            if (!pc.status().current()) {
                continue;
            }
            Plan other = others.stream().filter(p -> p.id() == pc.planId()).findFirst().orElse(null);
            if (other == null) {
                continue;
            }
            for (String product : products) {
                if (holds(current, other, product)) {
                    String label = current.label(creatorId);
                    problems.add(PlanProblem.of(label, FIELD_CREATORS, "commission.problem.creatorHoldsProduct",
                            label, product, other.name()));
                }
            }
        }
        return problems;
    }

    /// The problem of a targeted plan's Seller Center invitation link (R-IN-6), if any: it is optional,
    /// and when given it is an absolute `https` address with a host, at most 1,000 characters.
    public static Optional<PlanProblem> checkLink(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        String text = link.strip();
        boolean valid;
        try {
            java.net.URI uri = new java.net.URI(text);
            valid = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank()
                    && text.length() <= 1_000 && text.chars().noneMatch(Character::isWhitespace);
        } catch (java.net.URISyntaxException e) {
            valid = false;
        }
        return valid ? Optional.empty()
                : Optional.of(PlanProblem.of(null, PlanProblem.FIELD_LINK, "commission.problem.linkInvalid", text));
    }

    /// Problems of a rate: set, not 0%, within the limits (R-PLAN-3).
    public List<PlanProblem> checkRate(String item, String field, Rate rate) {
        if (rate == null) {
            return List.of(PlanProblem.of(item, field, "commission.problem.rateMissing"));
        }
        if (rate.basisPoints() == 0) {
            return List.of(PlanProblem.of(item, field, "commission.problem.rateZero"));
        }
        if (rate.compareTo(limits.minRate()) < 0) {
            return List.of(PlanProblem.of(item, field, "commission.problem.rateTooLow", rate.toString(),
                    limits.minRate().toString()));
        }
        if (rate.compareTo(limits.maxRate()) > 0) {
            return List.of(PlanProblem.of(item, field, "commission.problem.rateTooHigh", rate.toString(),
                    limits.maxRate().toString()));
        }
        return List.of();
    }

    /// Parses a rate typed as a percentage ("12.5", "12,5 %"), adding a problem to `problems` when it
    /// is not a number, has more than two decimals, or breaks the limits; empty then.
    public Optional<Rate> parseRate(String item, String field, String text, List<PlanProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(PlanProblem.of(item, field, "commission.problem.rateMissing"));
            return Optional.empty();
        }
        String cleaned = text.trim().replace("%", "").replace(',', '.').trim();
        BigDecimal percent;
        try {
            percent = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            problems.add(PlanProblem.of(item, field, "commission.problem.rateNotNumber", text.trim()));
            return Optional.empty();
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            problems.add(PlanProblem.of(item, field, "commission.problem.rateDecimals", text.trim()));
            return Optional.empty();
        }
        if (percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.signum() < 0) {
            problems.add(PlanProblem.of(item, field, percent.signum() < 0 ? "commission.problem.rateTooLow"
                    : "commission.problem.rateTooHigh", text.trim(), percent.signum() < 0
                    ? limits.minRate().toString() : limits.maxRate().toString()));
            return Optional.empty();
        }
        Rate rate = Rate.ofBasisPoints(percent.movePointRight(2).intValueExact());
        List<PlanProblem> rateProblems = checkRate(item, field, rate);
        problems.addAll(rateProblems);
        return rateProblems.isEmpty() ? Optional.of(rate) : Optional.empty();
    }

    /// At most 500 characters, counted as a person counts them (code points), so Vietnamese and
    /// Chinese text is not penalised (R-PLAN-2).
    public List<PlanProblem> checkReason(String item, String reason) {
        if (reason == null) {
            return List.of();
        }
        int length = reason.codePointCount(0, reason.length());
        if (length > limits.maxReasonChars()) {
            return List.of(PlanProblem.of(item, FIELD_REASON, "commission.problem.reasonTooLong",
                    String.valueOf(length), String.valueOf(limits.maxReasonChars())));
        }
        return List.of();
    }

    private static java.util.stream.Stream<Plan> otherPublished(CommissionSnapshot current, Plan plan, PlanType type) {
        return current.plans().stream()
                .filter(p -> p.type() == type && p.status() == PlanStatus.PUBLISHED && p.id() != plan.id())
                .sorted(java.util.Comparator.comparingLong(Plan::id));
    }

    private static boolean holds(CommissionSnapshot current, Plan plan, String productId) {
        return current.items(plan.id()).stream()
                .anyMatch(i -> i.productId().equals(productId) && i.removedAt() == null);
    }
}
