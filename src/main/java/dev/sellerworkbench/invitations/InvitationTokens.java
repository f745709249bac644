package dev.sellerworkbench.invitations;

import dev.sellerworkbench.commission.EffectiveTimes;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.store.Workspace;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/// Per-creator invitation tokens (R-IN-2): 128 random bits from `SecureRandom`, stored on the
/// plan membership, checked back to the plan and creator, revoked when the creator's removal
/// takes effect.
public final class InvitationTokens {

    /// Random bytes per token: 16 bytes = 128 bits, the least R-IN-2 allows.
    public static final int BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final Workspace workspace;
    private final Clock clock;

    public InvitationTokens(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /// A fresh token: 32 lowercase hex digits.
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    /// Gives every current member of a published plan a token if they have none yet; returns how many
    /// got one. A draft's members get none: a draft produces nothing sendable (R-IN-5).
    public int issueMissing(long planId) {
        if (workspace.plans().findById(planId).map(p -> p.status() != dev.sellerworkbench.domain.PlanStatus.PUBLISHED)
                .orElse(true)) {
            return 0;
        }
        int issued = 0;
        for (PlanCreator member : workspace.plans().creators(planId)) {
            if (member.token() == null && member.status() != InvitationStatus.REMOVED
                    && workspace.plans().assignToken(planId, member.creatorId(), generate())) {
                issued++;
            }
        }
        return issued;
    }

    /// Removes a creator from the plan; their token keeps verifying until 00:00 next day in the
    /// seller's zone, when the removal takes effect (R-PLAN-10).
    public boolean removeCreator(long planId, long creatorId) {
        return workspace.plans().removeCreator(planId, creatorId, clock.instant());
    }

    /// Which plan and creator a token belongs to, or why it is not valid. Surrounding spaces and
    /// a pasted whole link are tolerated: the token is the last run of hex digits.
    public TokenCheck verify(String input) {
        Optional<String> token = extract(input);
        if (token.isEmpty()) {
            return new TokenCheck.Unknown();
        }
        Optional<PlanCreator> found = workspace.plans().findByToken(token.get());
        if (found.isEmpty()) {
            return new TokenCheck.Unknown();
        }
        PlanCreator member = found.get();
        Optional<Plan> plan = workspace.plans().findById(member.planId());
        Optional<Creator> creator = workspace.creators().findById(member.creatorId());
        if (plan.isEmpty() || creator.isEmpty()) {
            return new TokenCheck.Unknown();
        }
        // A removed member's token is dead from 00:00 next day (R-PLAN-10), also where an older
        // writer left the flag unset.
        if (member.tokenRevoked() || member.status() == InvitationStatus.REMOVED) {
            Instant effective = member.removedAt() == null ? null
                    : EffectiveTimes.nextMidnight(member.removedAt(), workspace.settings().timeZone());
            if (effective != null && clock.instant().isBefore(effective)) {
                return new TokenCheck.Valid(plan.get(), creator.get(), InvitationStatus.REMOVED, effective);
            }
            return new TokenCheck.Revoked(plan.get(), creator.get());
        }
        return new TokenCheck.Valid(plan.get(), creator.get(), member.status(), null);
    }

    /// The token in a pasted token or invitation link, if it has the shape of one.
    public static Optional<String> extract(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = input.strip();
        int eq = text.lastIndexOf('=');
        int slash = text.lastIndexOf('/');
        String tail = text.substring(Math.max(eq, slash) + 1).toLowerCase(Locale.ROOT);
        return tail.matches("[0-9a-f]{" + 2 * BYTES + ",64}") ? Optional.of(tail) : Optional.empty();
    }
}
