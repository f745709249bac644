package dev.sellerworkbench.invitations;

import dev.sellerworkbench.domain.Plan;

/// Builds a creator's invitation link: the plan's base link pasted from Seller Center, or else the
/// workspace's link template (`{plan}` the plan id), plus the creator's token (R-IN-2). A link
/// that holds `{token}` gets the token there; any other gets it as the `invite` parameter.
public final class InvitationLinks {

    /// Setting holding the template used for plans without a base link.
    public static final String TEMPLATE_SETTING = "invitations.linkTemplate";

    private InvitationLinks() {
    }

    /// The plan's link before the token, or null when neither the plan nor the template has one.
    public static String base(Plan plan, String template) {
        if (plan.baseLink() != null && !plan.baseLink().isBlank()) {
            return plan.baseLink().strip();
        }
        if (template != null && !template.isBlank()) {
            return template.strip().replace("{plan}", Long.toString(plan.id()));
        }
        return null;
    }

    /// The creator's link, or "" when the plan has no link or the creator no token.
    public static String forToken(String base, String token) {
        if (base == null || token == null) {
            return "";
        }
        if (base.contains("{token}")) {
            return base.replace("{token}", token);
        }
        return base + (base.contains("?") ? "&" : "?") + "invite=" + token;
    }
}
