package dev.sellerworkbench.queue;

import dev.sellerworkbench.domain.ApplicationStatus;

/// What staff can do with an application (R-AP-2).
public enum Decision {
    APPROVE, REJECT, REMOVE;

    /// Whether staff may take this decision on the applications of the `tab` status: an
    /// expired application can only be removed, and nothing is approved again or rejected again.
    public boolean allowedOn(ApplicationStatus tab) {
        return switch (this) {
            case APPROVE -> tab != ApplicationStatus.APPROVED && tab != ApplicationStatus.EXPIRED;
            case REJECT -> tab != ApplicationStatus.REJECTED && tab != ApplicationStatus.EXPIRED;
            case REMOVE -> true;
        };
    }
}
