package dev.sellerworkbench.domain;

import java.time.Instant;

/// A creator in a targeted or shop plan: the invitation token (R-IN-2) and where the invitation
/// stands (R-IN-5): when and how it was sent, when the creator accepted or declined, when they
/// were removed, the last note staff left, and a version that team workspaces check on write.
public record PlanCreator(long planId, long creatorId, InvitationStatus status, Instant invitedAt,
                          Instant acceptedAt, Instant removedAt, String token, boolean tokenRevoked,
                          Instant sentAt, String sentChannel, Instant declinedAt, String note, int version) {

    /// A membership with no sending, declining or note recorded yet.
    public PlanCreator(long planId, long creatorId, InvitationStatus status, Instant invitedAt,
                       Instant acceptedAt, Instant removedAt, String token, boolean tokenRevoked) {
        this(planId, creatorId, status, invitedAt, acceptedAt, removedAt, token, tokenRevoked, null, null, null, null, 0);
    }

    /// The same membership in another state, the other facts kept.
    public PlanCreator with(InvitationStatus newStatus) {
        return new PlanCreator(planId, creatorId, newStatus, invitedAt, acceptedAt, removedAt, token, tokenRevoked,
                sentAt, sentChannel, declinedAt, note, version);
    }
}
