package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// J3: a plan exported on one desktop and imported on another arrives as a draft with the same items.
class PlanFileTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static List<String> items(Workspace ws, long planId) {
        return ws.plans().items(planId).stream().filter(i -> i.removedAt() == null)
                .map(i -> i.productId() + "|" + i.rate().basisPoints() + "|" + i.reason()).sorted().toList();
    }

    @Test
    void exportThenImportElsewhereGivesADraftWithTheSameItemsAndCreators() throws Exception {
        Path file = dir.resolve("ramadan.plan.json");
        List<String> sourceItems;
        List<Long> sourceCreators;
        try (Workspace source = Workspace.open(dir.resolve("desk-a"))) {
            new DemoGenerator(source, CLOCK, Progress.NONE).generate(60);
            Plan ramadan = source.plans().findAll().stream().filter(p -> p.name().equals("Ramadan")).findFirst().orElseThrow();
            PlanFile.exportFile(source, ramadan.id(), file, CLOCK.instant());
            sourceItems = items(source, ramadan.id());
            sourceCreators = source.plans().creators(ramadan.id()).stream()
                    .filter(pc -> pc.status() != InvitationStatus.REMOVED).map(PlanCreator::creatorId).sorted().toList();
        }
        assertTrue(Files.readString(file).contains("\"format\" : \"seller-workbench/plan\""));
        try (Workspace target = Workspace.open(dir.resolve("desk-b"))) {
            new DemoGenerator(target, CLOCK, Progress.NONE).generate(60);

            PlanFile.ImportResult result = PlanFile.importFile(target, CLOCK, file);

            Plan imported = target.plans().findById(result.planId()).orElseThrow();
            assertEquals(PlanStatus.DRAFT, imported.status(), "an imported plan is a draft");
            assertEquals("Ramadan", imported.name());
            assertNotEquals(0, sourceItems.size());
            assertEquals(sourceItems, items(target, imported.id()));
            assertEquals(sourceCreators, target.plans().creators(imported.id()).stream()
                    .map(PlanCreator::creatorId).sorted().toList());
            assertTrue(result.unknownCreators().isEmpty());
        }
    }

    @Test
    void aFileOfAnotherKindIsRefused() throws Exception {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"format\":\"something-else\",\"version\":1,\"type\":\"OPEN\"}");
        assertThrows(PlanFile.PlanFileException.class, () -> PlanFile.read(file));
    }

}
