package dev.sellerworkbench.ui.invitations;

/// One invited creator of a targeted plan.
public record InvitedRow(String creator, String name, String status, String whatsapp, String invited) {
}
