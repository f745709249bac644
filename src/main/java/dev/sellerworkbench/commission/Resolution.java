package dev.sellerworkbench.commission;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/// The rate a creator earns on a product at a moment, and why (R-COM-1 … R-COM-4): the rule that
/// chose it, the plan, and the moment from which it holds. `rate` and `plan` are null when nothing
/// applies; `revoked` says the product was taken down (R-PR-2), which stops new commission.
/// `product` names the product for people (its title), `productId` identifies it.
public record Resolution(long creatorId, String creator, String productId, Instant at, Rule rule, Rate rate,
                         Plan plan, Instant since, boolean revoked, String product) {

    public Resolution {
        if (product == null || product.isBlank()) {
            product = productId;
        }
    }

    /// A resolution whose product is named by its id until [#withProduct] names it.
    public Resolution(long creatorId, String creator, String productId, Instant at, Rule rule, Rate rate,
                      Plan plan, Instant since, boolean revoked) {
        this(creatorId, creator, productId, at, rule, rate, plan, since, revoked, productId);
    }

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (VV)");

    static Resolution none(long creatorId, String creator, String productId, Instant at, boolean revoked) {
        return new Resolution(creatorId, creator, productId, at, Rule.NONE, null, null, null, revoked);
    }

    /// The same resolution naming the creator as `label` (e.g. their `@handle`).
    public Resolution withCreator(String label) {
        return new Resolution(creatorId, label, productId, at, rule, rate, plan, since, revoked, product);
    }

    /// The same resolution naming the product as `title`, the name the seller knows it by.
    public Resolution withProduct(String title) {
        return new Resolution(creatorId, creator, productId, at, rule, rate, plan, since, revoked, title);
    }

    /// True when a sale at this moment earns commission.
    public boolean earns() {
        return rate != null;
    }

    /// The message key of [#explain].
    public String explanationKey() {
        if (revoked) {
            return "commission.explain.revoked";
        }
        return switch (rule) {
            case TARGETED_ACCEPTED -> "commission.explain.targeted";
            case OPEN_APPROVED -> "commission.explain.open";
            case SHOP -> "commission.explain.shop";
            case NONE -> "commission.explain.none";
        };
    }

    /// A sentence a person can read: which plan, which rule, since when (times in `zone`); the
    /// product by its title, never by its id when the title is known.
    public String explain(Messages messages, ZoneId zone) {
        return messages.get(explanationKey(), creator, product, rate == null ? "" : rate.toString(),
                plan == null ? "" : plan.name(), since == null ? "" : format(since, zone));
    }

    /// The rule's short name for a table column ("Targeted plan (accepted)").
    public String ruleLabel(Messages messages) {
        return messages.get("commission.rule." + rule.name());
    }

    static String format(Instant instant, ZoneId zone) {
        return MOMENT.format(instant.atZone(zone));
    }
}
