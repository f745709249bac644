package dev.sellerworkbench.ui.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.commission.PlanSaveResult;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.invitations.Collaborations;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.ScreenHost;
import dev.sellerworkbench.ui.UiTestSupport;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// R-PLAN-10: once an edit of a published targeted plan is published, the editor keeps saying
/// what changes for whom and when until 00:00 next day in the seller's zone, then stops.
class PublishedPendingChangesTest {

    Workspace workspace;
    Plan ramadan;
    String product;

    @BeforeEach
    void publishARateChange() throws Exception {
        workspace = UiTestSupport.demoWorkspace(60);
        // a plan of its own: one live product, one creator in no other targeted plan, accepted
        product = workspace.products().findAll().stream().filter(p -> p.live()).findFirst().orElseThrow().id();
        Set<Long> inTargeted = new HashSet<>();
        workspace.plans().findByType(PlanType.TARGETED)
                .forEach(p -> workspace.plans().creators(p.id()).forEach(pc -> inTargeted.add(pc.creatorId())));
        long creator = workspace.creators().page(0, 60).stream().map(Creator::id).filter(id -> !inTargeted.contains(id))
                .findFirst().orElseThrow();
        Instant dayBefore = UiTestSupport.CLOCK.instant().minusSeconds(86_400);
        PlanService first = new PlanService(workspace, Clock.fixed(dayBefore, UiTestSupport.ZONE));
        Plan header = new Plan(0, PlanType.TARGETED, "Pending check", null, null, PlanStatus.DRAFT, false, null, null,
                null, null, null, 0);
        PlanSaveResult created = first.publish(new PlanDraft(header,
                List.of(new PlanDraft.Item(product, Rate.ofBasisPoints(1_000), "Bán chạy")), List.of(creator)));
        assertTrue(created.ok(), created.problems().toString());
        new Collaborations(workspace, Clock.fixed(dayBefore, UiTestSupport.ZONE))
                .record(created.planId(), List.of(creator), InvitationStatus.ACCEPTED, dayBefore, null, null);
        ramadan = workspace.plans().findById(created.planId()).orElseThrow();

        PlanService service = new PlanService(workspace, UiTestSupport.CLOCK);
        PlanSaveResult published = service.publish(new PlanDraft(ramadan,
                List.of(new PlanDraft.Item(product, Rate.ofBasisPoints(2_000), "Bán chạy")), List.of(creator)));
        assertTrue(published.ok(), published.problems().toString());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    List<String> pendingAt(Instant now) {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        AppContext context = new AppContext(workspace, TaskRunner.direct(), messages,
                new Formats(messages.getLocale(), UiTestSupport.ZONE), Clock.fixed(now, UiTestSupport.ZONE),
                Preferences.forTest("pending"), ScreenHost.NONE);
        PlanEditorViewModel editor = new PlanEditorViewModel(context.workspace(), context.services().plans(),
                context.services().collaborations(), context.services().search(), context.tasks(), context.messages(),
                context.formats(), context.clock(), context.preferences(), Debouncer.manual());
        editor.open(ramadan.id());
        return List.copyOf(editor.pending());
    }

    @Test
    void thePublishedChangeStaysVisibleUntilItTakesEffect() {
        List<String> lines = pendingAt(UiTestSupport.CLOCK.instant().plusSeconds(3_600));

        assertEquals(1, lines.size(), lines.toString());
        String line = lines.getFirst();
        assertTrue(line.startsWith("Published, not yet in effect: Product " + product + ": "), line);
        assertTrue(line.contains("→ 20%"), line);
        assertTrue(line.endsWith("takes effect 00:00, 24 Nov 2026, Asia/Ho_Chi_Minh"), line);
    }

    @Test
    void itIsGoneOnceInEffect() {
        // 00:00, 24 Nov 2026 in Ho Chi Minh City is 17:00 UTC on the 23rd
        assertEquals(List.of(), pendingAt(Instant.parse("2026-11-23T17:00:00Z")));
    }
}
