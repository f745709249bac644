package dev.sellerworkbench.ui.invitations;

import dev.sellerworkbench.invitations.Invitation;

/// One invited creator of a targeted plan, formatted for the table: `whatsapp` is the chat
/// address when the number can be linked, else the reason it cannot (R-IN-4).
public record InvitedRow(Invitation invitation, String creator, String name, String status, String language,
                         String whatsapp, String invited) {

    public boolean linkable() {
        return invitation.number().linkable();
    }
}
