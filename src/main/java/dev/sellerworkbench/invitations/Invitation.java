package dev.sellerworkbench.invitations;

import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Region;
import java.time.Instant;
import java.util.Locale;

/// One creator's invitation to a targeted plan: the link with their token, the message in their
/// language and the WhatsApp link, or the reason there is none (R-IN-3, R-IN-4). There is no
/// level here on purpose: everything in it may reach the creator (R-CR-4).
public record Invitation(long planId, long creatorId, String handle, String name, Region region,
                         InvitationStatus status, Instant invitedAt, Locale language, boolean languageOverridden,
                         String invitationLink, MessageFacts facts, String message, NumberCheck number) {

    /// The click-to-chat link, or null when the number cannot be linked.
    public String whatsappLink() {
        return number.linkable() ? WhatsApp.link(number.digits(), message) : null;
    }

    public String displayHandle() {
        return "@" + handle;
    }
}
