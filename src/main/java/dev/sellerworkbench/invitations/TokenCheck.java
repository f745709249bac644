package dev.sellerworkbench.invitations;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;

/// The answer to "whose invitation is this token?" (R-IN-2).
public sealed interface TokenCheck {

    /// The token belongs to a current member of the plan.
    record Valid(Plan plan, Creator creator, InvitationStatus status) implements TokenCheck {
    }

    /// The token was issued but revoked (the creator was removed from the plan).
    record Revoked(Plan plan, Creator creator) implements TokenCheck {
    }

    /// No invitation carries this token.
    record Unknown() implements TokenCheck {
    }
}
