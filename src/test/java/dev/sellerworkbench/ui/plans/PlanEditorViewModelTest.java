package dev.sellerworkbench.ui.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.commission.CommissionSnapshot;
import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.service.EngineInputs;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.UiTestSupport;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The editor's view-model on a small demo workspace, with background work run in place and the
/// autosave pause under the test's control.
class PlanEditorViewModelTest {

    static Workspace workspace;
    static AppContext context;
    Debouncer debouncer;
    PlanEditorViewModel editor;

    @BeforeAll
    static void open() throws Exception {
        workspace = UiTestSupport.demoWorkspace(60);
        context = UiTestSupport.context(workspace, Locale.ENGLISH);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @BeforeEach
    void newEditor() {
        debouncer = Debouncer.manual();
        editor = new PlanEditorViewModel(context.workspace(), context.services().plans(),
                context.services().collaborations(), context.services().search(), context.tasks(), context.messages(),
                context.formats(), context.clock(), context.preferences(), debouncer);
    }

    /// Live products no published Open plan holds, so any Open plan may take them.
    static List<Product> freeLiveProducts(int n) {
        CommissionSnapshot snapshot = EngineInputs.commissionSnapshot(workspace);
        return workspace.products().findAll().stream()
                .filter(Product::live)
                .filter(p -> snapshot.plansHolding(p.id(), PlanType.OPEN).isEmpty())
                .limit(n).toList();
    }

    static Product revokedProduct() {
        return workspace.products().findAll().stream().filter(p -> !p.live()).findFirst().orElseThrow();
    }

    @Test
    void uniformRateAppliesToEveryItem() {
        // R-PLAN-3: one rate applied to all selected products at once.
        editor.openNew(PlanType.OPEN);
        editor.products().add(freeLiveProducts(3));
        editor.products().items().getFirst().rateProperty().set("9");
        editor.products().uniformRateProperty().set("12.5");
        editor.applyUniformRate();

        assertEquals(3, editor.products().items().size());
        for (PlanDraft.Item item : editor.draft().items()) {
            assertEquals(Rate.ofBasisPoints(1250), item.rate(), item.productId());
        }
        editor.products().items().forEach(row -> assertEquals("12.5", row.rateProperty().get()));
    }

    @Test
    void reasonOf501CharactersBlocksPublishingWithTheFieldNamed() {
        // R-PLAN-2: at most 500 characters; R-PLAN-5: publishing lists the problem and saves nothing.
        editor.openNew(PlanType.OPEN);
        editor.header().nameProperty().set("Reason too long");
        editor.products().add(freeLiveProducts(1));
        PlanItemRow row = editor.products().items().getFirst();
        row.rateProperty().set("12");
        row.reasonProperty().set("a".repeat(501));

        assertEquals("501 / 500", row.reasonCountProperty().get());
        editor.publish();

        assertTrue(row.reasonProblemProperty().get().contains("501 characters"), row.reasonProblemProperty().get());
        assertTrue(editor.problems().stream().anyMatch(p -> p.contains("promotion reason has 501 characters")),
                editor.problems().toString());
        assertTrue(workspace.plans().findAll().stream()
                .noneMatch(p -> p.name().equals("Reason too long") && p.status() == PlanStatus.PUBLISHED));
    }

    @Test
    void revokedProductCannotBeAdded() {
        // R-PR-2: Revoked products cannot be added, and the editor says why.
        editor.openNew(PlanType.TARGETED);
        Product revoked = revokedProduct();

        List<Product> added = editor.products().add(List.of(revoked));

        assertTrue(added.isEmpty());
        assertTrue(editor.products().items().isEmpty());
        assertTrue(editor.products().messageProperty().get().contains("Revoked"), editor.products().messageProperty().get());
        ProductChoice choice = editor.picker().rows().stream()
                .filter(c -> c.product().id().equals(revoked.id())).findFirst().orElseThrow();
        assertFalse(choice.pickable());
        assertTrue(choice.note().contains("Revoked"));
    }

    @Test
    void productInAnotherPublishedOpenPlanCannotGoIntoASecond() {
        // R-PR-2: one Open plan per product; the picker names the plan that holds it.
        editor.openNew(PlanType.OPEN);
        CommissionSnapshot snapshot = EngineInputs.commissionSnapshot(workspace);
        Product held = workspace.products().findAll().stream().filter(Product::live)
                .filter(p -> !snapshot.plansHolding(p.id(), PlanType.OPEN).isEmpty()).findFirst().orElseThrow();
        String planName = snapshot.plansHolding(held.id(), PlanType.OPEN).getFirst().name();

        assertTrue(editor.products().add(List.of(held)).isEmpty());
        ProductChoice choice = editor.picker().rows().stream()
                .filter(c -> c.product().id().equals(held.id())).findFirst().orElseThrow();
        assertEquals("Included in plan " + planName, choice.included());
        assertTrue(choice.note().contains(planName));
    }

    @Test
    void draftSavedAfterThePauseReopensExactlyAsLeft() {
        // J3: a draft saves itself once edits pause, and reopens as it was.
        editor.openNew(PlanType.OPEN);
        editor.header().nameProperty().set("Train draft");
        editor.header().approvalProperty().set(true);
        editor.products().add(freeLiveProducts(2));
        editor.products().items().get(0).rateProperty().set("12");
        editor.products().items().get(1).rateProperty().set("7.25");
        editor.products().items().get(1).reasonProperty().set("Chất liệu cotton, mặc mát");
        debouncer.flush();
        long id = editor.planProperty().get().id();
        assertTrue(id > 0, "saved on the pause");
        EditorState left = editor.state();

        PlanEditorViewModel reopened = new PlanEditorViewModel(context.workspace(), context.services().plans(),
                context.services().collaborations(), context.services().search(), context.tasks(), context.messages(),
                context.formats(), context.clock(), context.preferences(), Debouncer.manual());
        reopened.open(id);

        assertEquals(left, reopened.state());
    }

    @Test
    void undoPutsBackTheStateBeforeTheLastPause() {
        editor.openNew(PlanType.OPEN);
        editor.products().add(freeLiveProducts(1));
        editor.products().items().getFirst().rateProperty().set("10");
        debouncer.flush();
        editor.products().items().getFirst().rateProperty().set("15");
        debouncer.flush();

        editor.undo();
        assertEquals("10", editor.products().items().getFirst().rateProperty().get());
        editor.redo();
        assertEquals("15", editor.products().items().getFirst().rateProperty().get());
    }

    @Test
    void rateEditOfAPublishedTargetedPlanTakesEffectAtNextMidnightInTheSellersZone() {
        // R-PLAN-10: the clock is 10:00 on 23 Nov 2026 in Ho Chi Minh City.
        Plan ramadan = workspace.plans().findAll().stream()
                .filter(p -> p.name().equals("Ramadan")).findFirst().orElseThrow();
        editor.open(ramadan.id());
        PlanItemRow first = editor.products().items().getFirst();
        first.rateProperty().set("20");

        assertEquals(1, editor.pending().size(), editor.pending().toString());
        String line = editor.pending().getFirst();
        assertTrue(line.startsWith("Product " + first.productId() + ": "), line);
        assertTrue(line.endsWith("takes effect 00:00, 24 Nov 2026, Asia/Ho_Chi_Minh"), line);
        assertTrue(line.contains("creators ("), line);
    }

    @Test
    void aListSavedWhileTheEditorIsOpenCanBePickedAtOnce() {
        editor.openNew(PlanType.TARGETED);
        int before = editor.creators().savedLists().size();
        long id = workspace.savedLists().create("Saved meanwhile");
        editor.creators().refreshSavedLists();
        assertEquals(before + 1, editor.creators().savedLists().size());
        assertTrue(editor.creators().savedLists().stream().anyMatch(l -> l.id() == id && l.name().equals("Saved meanwhile")));
        workspace.savedLists().delete(id);
    }

    @Test
    void targetedPlanRefusesTheThirtyFirstCreator() {
        // R-PLAN-8: at most 30 creators, with a message for the one too many.
        editor.openNew(PlanType.TARGETED);
        editor.creators().addAll(workspace.creators().page(0, 31));

        assertEquals(30, editor.creators().rows().size());
        assertEquals("30 of 30", editor.creators().counterProperty().get());
        // the one left out is named
        assertEquals("A targeted plan can have at most 30 creators; 1 not added: @"
                        + workspace.creators().page(0, 31).get(30).handle() + ".",
                editor.creators().messageProperty().get());
    }

    @Test
    void leavingTheShopPlanSaysWhatChangesAndEndsIt() {
        // R-PLAN-12: a confirmation naming the rate and the moment, then the plan ends.
        Plan shop = workspace.plans().findByType(PlanType.SHOP).getFirst();
        editor.open(shop.id());
        assertEquals("5", editor.header().shopRateProperty().get());

        String confirmation = editor.leaveConfirmation();
        assertTrue(confirmation.contains("shop rate 5%"), confirmation);
        assertTrue(confirmation.contains("00:00, 24 Nov 2026, Asia/Ho_Chi_Minh"), confirmation);

        editor.leave();
        assertEquals(PlanStatus.ENDED, workspace.plans().findById(shop.id()).orElseThrow().status());
        assertEquals(PlanStatus.ENDED, editor.planProperty().get().status());
    }

    @Test
    void previewExplainsTheRateNowAndWhatAcceptingThisTargetedPlanGives() {
        // R-COM-4 and R-COM-1: the engine's explanation, then what a targeted plan changes once accepted.
        editor.openNew(PlanType.TARGETED);
        editor.products().add(freeLiveProducts(1));
        PlanItemRow item = editor.products().items().getFirst();
        item.rateProperty().set("15");
        dev.sellerworkbench.domain.Creator creator = workspace.creators().page(0, 1).getFirst();

        String text = editor.preview().explain(creator, item);

        String[] lines = text.split("\n");
        assertEquals(2, lines.length, text);
        assertTrue(lines[0].contains(creator.displayHandle()), lines[0]);
        assertEquals("Once " + creator.displayHandle()
                + " accepts this plan: 15% — a targeted plan comes before open and shop plans.", lines[1]);
    }

    @Test
    void creatorHoldingAProductThroughAnotherTargetedPlanIsReportedAsAConflictNamingIt() {
        // R-PR-2: a creator may hold a product through only one targeted plan.
        Plan ramadan = workspace.plans().findAll().stream()
                .filter(p -> p.name().equals("Ramadan")).findFirst().orElseThrow();
        String productId = workspace.plans().items(ramadan.id()).getFirst().productId();
        long member = workspace.plans().creators(ramadan.id()).stream()
                .filter(pc -> pc.status() == dev.sellerworkbench.domain.InvitationStatus.ACCEPTED)
                .findFirst().orElseThrow().creatorId();
        editor.openNew(PlanType.TARGETED);
        editor.products().add(List.of(workspace.products().findById(productId).orElseThrow()));

        editor.creators().addAll(workspace.creators().findByIds(List.of(member)));

        assertEquals("Already holds product " + productId + " through the targeted plan \"Ramadan\".",
                editor.creators().rows().getFirst().conflictProperty().get());
    }
}
