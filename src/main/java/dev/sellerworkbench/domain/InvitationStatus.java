package dev.sellerworkbench.domain;

/// Where a creator stands in a targeted plan (R-PLAN-11, R-IN-5): *not sent* while the plan is a
/// draft or the creator was just added, *sent* once a message, link, CSV row or QR page for them
/// was opened, copied or exported, then *accepted* or *declined* (with the moment), and *removed*
/// (effective at R-PLAN-10's next midnight).
public enum InvitationStatus {
    NOT_SENT, SENT, ACCEPTED, DECLINED, REMOVED;

    /// Still in the plan: the creator holds its products for R-PR-2's one-plan-per-product check.
    public boolean current() {
        return this != REMOVED && this != DECLINED;
    }
}
