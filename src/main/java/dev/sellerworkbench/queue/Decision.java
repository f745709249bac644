package dev.sellerworkbench.queue;

/// What staff can do with an application (R-AP-2).
public enum Decision {
    APPROVE, REJECT, REMOVE
}
