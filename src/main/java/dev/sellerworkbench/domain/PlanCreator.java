package dev.sellerworkbench.domain;

import java.time.Instant;

/// A creator in a targeted or shop plan, with the invitation token (R-IN-2) and its state.
public record PlanCreator(long planId, long creatorId, InvitationStatus status, Instant invitedAt,
                          Instant acceptedAt, Instant removedAt, String token, boolean tokenRevoked) {
}
