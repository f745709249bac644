package dev.sellerworkbench.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Plan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The invitation link: the plan's base link or the workspace template, plus the creator's token (R-IN-2).
class InvitationLinksTest {

    @TempDir
    Path dir;

    @Test
    void tokenIsAddedAsAParameterOrWhereTheLinkSaysSo() {
        assertEquals("https://a.example/p/1?invite=abc", InvitationLinks.forToken("https://a.example/p/1", "abc"));
        assertEquals("https://a.example/p?x=1&invite=abc", InvitationLinks.forToken("https://a.example/p?x=1", "abc"));
        assertEquals("https://a.example/i/abc/go", InvitationLinks.forToken("https://a.example/i/{token}/go", "abc"));
        assertEquals("", InvitationLinks.forToken(null, "abc"));
    }

    @Test
    void planWithoutABaseLinkUsesTheWorkspaceTemplateAndSaysWhenThereIsNone() {
        try (InvitationFixture fixture = new InvitationFixture(dir)) {
            Plan plan = fixture.ws.plans().findById(fixture.planId).orElseThrow();
            Plan bare = new Plan(plan.id(), plan.type(), plan.name(), plan.description(), plan.endDate(), plan.status(),
                    plan.approvalRequired(), plan.shopRate(), null, plan.createdAt(), plan.updatedAt(),
                    plan.publishedAt(), plan.version());
            assertTrue(fixture.ws.plans().update(bare));
            Invitations invitations = fixture.invitations();
            PlanInvitations none = invitations.forPlan(fixture.planId);
            assertFalse(none.hasLink());
            assertEquals("", none.invitations().getFirst().invitationLink());
            assertFalse(none.invitations().getFirst().message().contains("Nhận lời mời"), "no half-empty link line");

            MessageSettings.Loaded form = invitations.messageSettings().load();
            assertTrue(invitations.messageSettings().save(form,
                    form.form().withLinkTemplate("https://shop.example/invite/{plan}/{token}")).ok());
            Invitation first = invitations.forPlan(fixture.planId).invitations().getFirst();
            assertTrue(first.invitationLink().matches("https://shop\\.example/invite/" + fixture.planId + "/[0-9a-f]{32}"),
                    first.invitationLink());
        }
    }
}
