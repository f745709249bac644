package dev.sellerworkbench.invitations;

import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.i18n.Messages;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

/// The staff-facing words for invitation states, number problems and token checks, shared by the
/// window, the export and the command line so they say the same thing.
public final class InvitationTexts {

    private InvitationTexts() {
    }

    public static String status(Messages messages, InvitationStatus status) {
        return messages.get("invitation.status." + status.name().toLowerCase(Locale.ROOT));
    }

    /// Why a number gets no WhatsApp link (R-IN-4); empty when it gets one.
    public static String reason(Messages messages, NumberCheck check) {
        if (check.linkable()) {
            return "";
        }
        return switch (check.problem()) {
            case MISSING -> messages.get("invitations.problem.missing");
            case OLD_VIETNAMESE -> messages.get("invitations.problem.oldVietnamese", check.raw(), check.suggestion());
            case INVALID -> messages.get("invitations.problem.invalid", check.raw());
        };
    }

    /// One line saying whose invitation a token is, or why it is not valid (R-IN-2); `time`
    /// writes the moment a removed creator's token stops working.
    public static String verdict(Messages messages, TokenCheck check, Function<Instant, String> time) {
        return switch (check) {
            case TokenCheck.Valid v when v.until() != null -> messages.get("invitations.verify.leaving",
                    v.creator().displayHandle(), v.plan().name(), time.apply(v.until()));
            case TokenCheck.Valid v -> messages.get("invitations.verify.valid", v.creator().displayHandle(),
                    v.plan().name(), status(messages, v.status()));
            case TokenCheck.Revoked r -> messages.get("invitations.verify.revoked", r.creator().displayHandle(),
                    r.plan().name());
            case TokenCheck.Unknown u -> messages.get("invitations.verify.unknown");
        };
    }
}
