package dev.sellerworkbench.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGeneratorTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    @Test
    void demoHoldsEveryKindOfRecord() {
        try (Workspace ws = Workspace.open(dir)) {
            new DemoGenerator(ws, CLOCK, Progress.NONE).generate(2_000);
            assertEquals(2_000, ws.creators().count());
            assertEquals(200, ws.products().count());
            assertTrue(ws.plans().countByType().get(PlanType.OPEN) >= 1);
            assertTrue(ws.plans().countByType().get(PlanType.TARGETED) >= 1);
            assertEquals(1L, ws.plans().countByType().get(PlanType.SHOP));
            for (ApplicationStatus status : ApplicationStatus.values()) {
                assertTrue(ws.applications().countByStatus().get(status) > 0, status.name());
            }
            assertTrue(ws.orders().count() > 0);
            assertEquals(3 * 2_000, ws.stats().count());
        }
    }

    @Test
    void audiencesSumToOneHundredPercentAndSomeNumbersAreMissing() {
        try (Workspace ws = Workspace.open(dir)) {
            new DemoGenerator(ws, CLOCK, Progress.NONE).generate(1_000);
            List<Creator> all = new ArrayList<>();
            ws.creators().forEach(all::add);
            // Audience's constructor refuses shares that do not sum to 100%, so reading them back checks it.
            assertEquals(1_000, all.size());
            assertTrue(all.stream().anyMatch(c -> c.whatsapp() == null), "some creators have no number");
            assertTrue(all.stream().filter(c -> c.level() != null).count() > 700, "most have official levels");
        }
    }

    @Test
    void theSameSeedAndMonthGiveTheSameCreators() {
        List<String> first = handles(dir.resolve("a"));
        List<String> second = handles(dir.resolve("b"));
        assertEquals(first, second);
    }

    private static List<String> handles(Path folder) {
        try (Workspace ws = Workspace.open(folder)) {
            new DemoGenerator(ws, CLOCK, Progress.NONE).generate(300);
            List<String> handles = new ArrayList<>();
            ws.creators().forEach(c -> handles.add(c.handle() + c.followers() + c.gmv30d()));
            return handles;
        }
    }
}
