package dev.sellerworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `plans list --json`, `plans export` and `plans import` over the demo workspace.
class PlansCommandTest {

    @TempDir
    Path dir;


    static CliRun run(String... args) {
        return CliRun.of(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC), args);
    }

    @Test
    void plansListJsonGivesIdTypeNameStatusAndCounts() throws Exception {
        String ws = dir.resolve("ws").toString();
        assertEquals(0, run("--workspace", ws, "demo", "--creators", "60").exit());

        CliRun list = run("--workspace", ws, "plans", "list", "--json");

        assertEquals(0, list.exit(), list.err());
        JsonNode plans = new ObjectMapper().readTree(list.out());
        assertEquals(7, plans.size());
        JsonNode ramadan = null;
        for (JsonNode plan : plans) {
            assertTrue(plan.has("id") && plan.has("type") && plan.has("name") && plan.has("status")
                    && plan.has("products") && plan.has("creators"), plan.toString());
            if (plan.get("name").asText().equals("Ramadan")) {
                ramadan = plan;
            }
        }
        assertEquals("TARGETED", ramadan.get("type").asText());
        assertEquals("PUBLISHED", ramadan.get("status").asText());
        assertEquals(11, ramadan.get("products").asInt(), "products 0..11 but the Revoked one at index 5");
        assertEquals(12, ramadan.get("creators").asInt());
    }

    @Test
    void exportedPlanImportsAsANewDraft() throws Exception {
        String ws = dir.resolve("ws").toString();
        run("--workspace", ws, "demo", "--creators", "60");
        JsonNode before = new ObjectMapper().readTree(run("--workspace", ws, "plans", "list", "--json").out());
        long id = before.get(0).get("id").asLong();
        String file = dir.resolve("plan.json").toString();

        assertEquals(0, run("--workspace", ws, "plans", "export", String.valueOf(id), file).exit());
        CliRun imported = run("--workspace", ws, "plans", "import", file);

        assertEquals(0, imported.exit(), imported.err());
        JsonNode after = new ObjectMapper().readTree(run("--workspace", ws, "plans", "list", "--json").out());
        assertEquals(before.size() + 1, after.size());
        JsonNode last = after.get(after.size() - 1);
        assertEquals(imported.out().trim(), last.get("id").asText());
        assertEquals("DRAFT", last.get("status").asText());
        assertEquals(before.get(0).get("products").asInt(), last.get("products").asInt());
    }

    @Test
    void exportOfAnUnknownPlanIsRejected() {
        String ws = dir.resolve("ws").toString();
        CliRun run = run("--workspace", ws, "plans", "export", "999", dir.resolve("x.json").toString());
        assertEquals(Cli.REJECTED, run.exit());
    }
}
