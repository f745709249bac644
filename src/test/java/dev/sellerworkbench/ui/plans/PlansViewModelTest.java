package dev.sellerworkbench.ui.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.UiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The Plans screen's view-model: the seller's limits on new plans.
class PlansViewModelTest {

    Workspace workspace;
    PlansViewModel plans;
    List<PlansViewModel.OpenRequest> opened = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        workspace = UiTestSupport.demoWorkspace(20);
        AppContext context = UiTestSupport.context(workspace, Locale.ENGLISH);
        plans = new PlansViewModel(context.workspace(), context.services().plans(), context.tasks(), context.messages(),
                context.formats(), context.clock());
        plans.setOpener(opened::add);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theFiftyFirstTargetedPlanIsRefusedWithAMessage() {
        // R-PLAN-7: the demo has 2 published targeted plans; 48 more make 50.
        for (int i = 0; i < 48; i++) {
            workspace.plans().create(new Plan(0, PlanType.TARGETED, "KOL " + i, null, null, PlanStatus.PUBLISHED, false,
                    null, null, null, null, UiTestSupport.CLOCK.instant(), 0));
        }
        plans.load();

        plans.newPlan(PlanType.TARGETED);

        assertEquals(List.of(), opened);
        assertEquals("A seller can have at most 50 targeted plans; end one before starting another.",
                plans.messageProperty().get());
    }

    @Test
    void aNewOpenPlanOpensAnEmptyEditor() {
        plans.load();
        plans.newPlan(PlanType.OPEN);
        assertEquals(List.of(new PlansViewModel.OpenRequest(0, PlanType.OPEN)), opened);
    }

    @Test
    void askingForASecondShopPlanOpensTheExistingOne() {
        // R-PLAN-12: one Shop plan per seller.
        plans.load();
        long shop = workspace.plans().findByType(PlanType.SHOP).getFirst().id();

        plans.newPlan(PlanType.SHOP);

        assertEquals(1, opened.size());
        assertEquals(shop, opened.getFirst().planId());
        assertNull(opened.getFirst().type());
    }

    @Test
    void duplicateSavesACopyAsADraftWithTheSameProducts() {
        plans.load();
        PlanRow ramadan = plans.rows().stream().filter(r -> r.name().equals("Ramadan")).findFirst().orElseThrow();
        plans.selectedProperty().set(ramadan);

        plans.duplicateCommand().execute();

        Plan copy = workspace.plans().findAll().stream().filter(p -> p.name().equals("Copy of Ramadan"))
                .findFirst().orElseThrow();
        assertEquals(PlanStatus.DRAFT, copy.status());
        assertEquals(workspace.plans().items(ramadan.plan().id()).stream().map(i -> i.productId() + i.rate()).toList(),
                workspace.plans().items(copy.id()).stream().map(i -> i.productId() + i.rate()).toList());
    }

    @Test
    void theListOfPlansExportsForASpreadsheetWithABom(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // R-EX-6: plans export as CSV (UTF-8 with BOM), one row per plan item at least.
        java.nio.file.Path file = dir.resolve("plans.csv");
        plans.exportTable(file);
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("Tết 2027"), "the demo's open plan is exported");
        org.junit.jupiter.api.Assertions.assertTrue(plans.messageProperty().get().endsWith("exported to plans.csv."),
                plans.messageProperty().get());
    }
}
