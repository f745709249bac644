package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.cli.Cli;
import dev.sellerworkbench.cli.CliRun;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `creators similar @handle [--plan NAME_OR_ID] [--limit N] [--json]` (R-CR-8): the rows of
/// `creators search --json` with a score and reasons; a plan's creators left out; bad input is
/// refused with exit code 2.
class SimilarCommandTest {

    @TempDir
    static Path folder;
    static Locale saved;
    static Map<String, Long> ids;
    static long planId;

    @BeforeAll
    static void fill() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try (Workspace workspace = Workspace.open(folder)) {
            ids = Fixtures.insertEight(workspace);
            Instant now = Instant.parse("2026-12-01T00:00:00Z");
            planId = workspace.plans().create(new Plan(0, PlanType.TARGETED, "Tết KOLs", null, null, PlanStatus.DRAFT,
                    false, null, null, now, now, null, 0));
            workspace.plans().saveCreator(new PlanCreator(planId, ids.get("emma.style"), InvitationStatus.NOT_SENT, now,
                    null, null, "t1", false));
        }
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(saved);
    }

    private static CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", folder.toString()));
        all.addAll(List.of(args));
        return CliRun.of(Clock.systemUTC(), all.toArray(String[]::new));
    }

    private static List<String> handles(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("handle").asText()));
        return out;
    }

    @Test
    void printsTheSearchRowsWithScoreAndReasons() throws Exception {
        CliRun run = run("creators", "similar", "@linh.beauty", "--json");
        assertEquals(Cli.OK, run.exit(), run.err());
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertEquals(7, rows.size(), "everyone but the creator asked about");
        assertFalse(handles(rows).contains("linh.beauty"));
        JsonNode first = rows.get(0);
        assertEquals("emma.style", first.get("handle").asText(), run.out());
        assertEquals(ids.get("emma.style"), first.get("id").asLong());
        assertEquals(2_000_000, first.get("followers").asLong(), "the search's row shape");
        assertEquals("GBP", first.get("gmv").get("currency").asText());
        assertEquals(List.of("same 25–34 female audience", "both Beauty LIVE"), reasons(first));
        assertEquals("mai.mom", rows.get(1).get("handle").asText());
        assertEquals(List.of("same 25–34 female audience", "both LIVE", "twice the followers"), reasons(rows.get(1)));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).get("score").asInt() >= rows.get(i).get("score").asInt(), "most alike first");
        }
        // ploy.food states no audience: no audience reason, whatever the score
        JsonNode ploy = rows.get(handles(rows).indexOf("ploy.food"));
        assertEquals(List.of("both Short video"), reasons(ploy));
    }

    private static List<String> reasons(JsonNode row) {
        List<String> out = new ArrayList<>();
        row.get("reasons").forEach(r -> out.add(r.asText()));
        return out;
    }

    @Test
    void aPlanByNameOrIdLeavesItsCreatorsOut() throws Exception {
        for (String plan : List.of("Tết KOLs", String.valueOf(planId))) {
            CliRun run = run("creators", "similar", "linh.beauty", "--plan", plan, "--limit", "3", "--json");
            assertEquals(Cli.OK, run.exit(), run.err());
            JsonNode rows = new ObjectMapper().readTree(run.out());
            assertEquals(3, rows.size());
            assertFalse(handles(rows).contains("emma.style"), run.out());
            assertEquals("mai.mom", rows.get(0).get("handle").asText());
        }
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        CliRun unknown = run("creators", "similar", "@nobody.here", "--json");
        assertEquals(Cli.REJECTED, unknown.exit());
        assertTrue(unknown.err().contains("There is no creator \"@nobody.here\""), unknown.err());
        CliRun noPlan = run("creators", "similar", "@linh.beauty", "--plan", "Nope");
        assertEquals(Cli.REJECTED, noPlan.exit());
        assertTrue(noPlan.err().contains("There is no plan Nope"), noPlan.err());
        assertEquals(Cli.REJECTED, run("creators", "similar").exit());
        assertEquals(Cli.REJECTED, run("creators", "similar", "@linh.beauty", "--limit", "0").exit());
        assertEquals(Cli.REJECTED, run("creators", "similar", "@linh.beauty", "--region", "VN").exit());
    }
}
