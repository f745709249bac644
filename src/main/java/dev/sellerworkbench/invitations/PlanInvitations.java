package dev.sellerworkbench.invitations;

import dev.sellerworkbench.domain.Plan;
import java.util.List;

/// A targeted plan's invitations, one per current member, and whether the plan has a link yet.
public record PlanInvitations(Plan plan, List<Invitation> invitations, SellerContact contact, boolean hasLink) {

    public PlanInvitations {
        invitations = List.copyOf(invitations);
    }

    /// The creators who get no WhatsApp link, each with the reason (R-IN-4).
    public List<Invitation> skipped() {
        return invitations.stream().filter(i -> !i.number().linkable()).toList();
    }

    public List<Invitation> linked() {
        return invitations.stream().filter(i -> i.number().linkable()).toList();
    }
}
