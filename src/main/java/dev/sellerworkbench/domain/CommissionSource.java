package dev.sellerworkbench.domain;

/// Where an order line's commission comes from (R-ST-5), in the order they are tried: the
/// platform's actual commission, its estimated commission, the commission base × the rate the
/// file states, the base × the rate the workbench resolves for the order's moment (R-COM-1), or
/// none (no figure and no plan gave a rate: the sale earns nothing).
public enum CommissionSource {
    ACTUAL, ESTIMATED, FILE_RATE, PLAN_RATE, NONE
}
