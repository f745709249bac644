package dev.sellerworkbench.commission;

/// Which rule of R-COM-1 chose a rate, in the order they are tried.
public enum Rule {
    /// A targeted plan holding the product that the creator accepted.
    TARGETED_ACCEPTED,
    /// An open plan holding the product for which the creator is approved.
    OPEN_APPROVED,
    /// The seller's shop plan.
    SHOP,
    /// No plan applies (or the product is Revoked): the sale earns no commission.
    NONE
}
