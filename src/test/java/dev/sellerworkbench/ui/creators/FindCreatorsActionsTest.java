package dev.sellerworkbench.ui.creators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.exchange.ExportFormat;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.CreatorQuery;
import dev.sellerworkbench.search.CreatorSearches;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.UiTestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// What Find Creators does with a result: export it (R-EX-6), recommend creators (R-CR-6), and
/// invite the selected creator to a targeted plan, never past its creator limit.
class FindCreatorsActionsTest {

    static Workspace workspace;
    FindCreatorsViewModel viewModel;
    @TempDir
    Path folder;

    @BeforeAll
    static void createDemo() throws Exception {
        workspace = UiTestSupport.demoWorkspace(1_200);
    }

    @AfterAll
    static void closeDemo() {
        CreatorSearches.forget(workspace);
        workspace.close();
    }

    @BeforeEach
    void openScreen() {
        AppContext context = UiTestSupport.context(workspace, Locale.ENGLISH);
        viewModel = new FindCreatorsViewModel(context.workspace(), context.services().plans(),
                context.services().levels(), context.services().search(), context.services().categories(), context.services()::savedSearches,
                context.tasks(), context.messages(), context.formats(), context.clock(), context.preferences());
        viewModel.activate();
    }

    @Test
    void exportWritesEveryMatchingCreatorNotJustTheLoadedPage() throws Exception {
        viewModel.filters().regionProperty().set(Region.VN);
        int matching = CreatorSearches.of(workspace).search(CreatorQuery.builder().regions(Region.VN).build(),
                Progress.NONE).total();
        assertTrue(matching > FindCreatorsViewModel.PAGE, "needs more than one page: " + matching);
        Path csv = folder.resolve("creators.csv");

        viewModel.export(csv, ExportFormat.CSV);

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(matching + 1, lines.size());
    }

    @Test
    void exportToXlsxWritesAWorkbook() throws Exception {
        Path xlsx = folder.resolve("creators.xlsx");
        viewModel.export(xlsx, ExportFormat.XLSX);
        byte[] head = Files.readAllBytes(xlsx);
        assertTrue(head.length > 4 && head[0] == 'P' && head[1] == 'K');
    }

    @Test
    void recommendationsForACategoryComeWithScoreAndReasons() {
        RecommendationsViewModel recommend = viewModel.recommendations();
        recommend.categoryProperty().set("Beauty");
        recommend.recommend();

        assertFalse(recommend.rows().isEmpty());
        var best = recommend.rows().get(0);
        assertTrue(best.score() > 0);
        assertTrue(best.reasons().contains("promotes Beauty"), best.reasons());
        assertTrue(best.creator().categories().contains("Beauty"));
    }

    @Test
    void addingToATargetedPlanInvitesWithAFreshTokenUntilThePlanIsFull() {
        Plan plan = workspace.plans().findByType(PlanType.TARGETED).get(0);
        List<Long> inPlan = workspace.plans().creators(plan.id()).stream().map(PlanCreator::creatorId).toList();
        List<CreatorRow> outside = viewModel.rows().stream().filter(r -> !inPlan.contains(r.id())).toList();

        viewModel.select(List.of(outside.get(0)));
        viewModel.detail().addToPlan(plan);
        PlanCreator added = workspace.plans().creators(plan.id()).stream()
                .filter(pc -> pc.creatorId() == outside.get(0).id()).findFirst().orElseThrow();
        assertEquals(InvitationStatus.NOT_SENT, added.status());
        assertTrue(added.token().matches("[0-9a-f]{32}"), added.token());

        int i = 1;
        while (workspace.plans().countCreators(plan.id()) < 30) {
            workspace.plans().saveCreator(new PlanCreator(plan.id(), outside.get(i++).id(), InvitationStatus.NOT_SENT,
                    UiTestSupport.CLOCK.instant(), null, null, "t" + i, false));
        }
        CreatorRow oneTooMany = outside.get(i);
        viewModel.select(List.of(oneTooMany));
        viewModel.detail().addToPlan(plan);
        assertTrue(workspace.plans().creators(plan.id()).stream().noneMatch(pc -> pc.creatorId() == oneTooMany.id()));
        assertEquals(plan.name() + " already has 30 creators, the most a targeted plan takes.",
                viewModel.detail().messageProperty().get());
    }
}
