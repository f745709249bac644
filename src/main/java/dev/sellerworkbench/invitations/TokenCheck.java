package dev.sellerworkbench.invitations;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import java.time.Instant;

/// The answer to "whose invitation is this token?" (R-IN-2).
public sealed interface TokenCheck {

    /// The token belongs to a member of the plan. `until` is null for a current member; for a
    /// creator removed today it is 00:00 next day in the seller's zone, when the removal takes
    /// effect and the token stops working (R-PLAN-10).
    record Valid(Plan plan, Creator creator, InvitationStatus status, Instant until) implements TokenCheck {
    }

    /// The token was issued but revoked (the creator's removal from the plan has taken effect).
    record Revoked(Plan plan, Creator creator) implements TokenCheck {
    }

    /// No invitation carries this token.
    record Unknown() implements TokenCheck {
    }
}
