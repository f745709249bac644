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

class CliTest {

    @TempDir
    Path dir;


    static CliRun run(String... args) {
        return CliRun.of(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC), args);
    }

    @Test
    void infoOnANewWorkspaceFolderStartsItEmpty() throws Exception {
        CliRun run = run("--workspace", dir.resolve("w").toString(), "info", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(dir.resolve("w").toAbsolutePath().toString(), json.get("workspace").asText());
        assertEquals(dev.sellerworkbench.store.Workspace.SCHEMA_VERSION, json.get("schemaVersion").asInt());
        assertEquals(0, json.get("counts").get("creators").asInt());
        assertEquals(0, json.get("counts").get("plans").get("targeted").asInt());
        assertEquals(0, json.get("counts").get("applications").get("pending").asInt());
    }

    @Test
    void demoFillsAWorkspaceThatInfoThenCounts() throws Exception {
        String folder = dir.resolve("d").toString();
        assertEquals(0, run("--workspace", folder, "demo", "--creators", "500").exit());
        JsonNode json = new ObjectMapper().readTree(run("--workspace", folder, "info", "--json").out());
        assertEquals(500, json.get("counts").get("creators").asInt());
        assertEquals(1, json.get("counts").get("plans").get("shop").asInt());
        assertTrue(json.get("counts").get("orders").asInt() > 0);
    }

    @Test
    void demoRefusesAWorkspaceWithDataAndWritesNothing() throws Exception {
        String folder = dir.resolve("d").toString();
        run("--workspace", folder, "demo", "--creators", "300");
        CliRun again = run("--workspace", folder, "demo", "--creators", "300");
        assertEquals(Cli.REJECTED, again.exit());
        assertTrue(again.err().contains("already holds data"), again.err());
        JsonNode json = new ObjectMapper().readTree(run("--workspace", folder, "info", "--json").out());
        assertEquals(300, json.get("counts").get("creators").asInt());
    }

    @Test
    void unknownCommandAndBadFlagsAreRejectedWithExitTwo() {
        assertEquals(Cli.REJECTED, run("--workspace", dir.toString(), "frobnicate").exit());
        CliRun bad = run("--workspace", dir.toString(), "demo", "--creators", "many");
        assertEquals(Cli.REJECTED, bad.exit());
        assertTrue(bad.err().contains("--creators"), bad.err());
    }

    @Test
    void aCommandThatDeclaresItsFlagsRefusesAMistypedOneNamingTheClosest() {
        CliRun settle = run("--workspace", dir.toString(), "settle", "--form", "2026-11-01", "--to", "2026-11-30");
        CliRun info = run("--workspace", dir.toString(), "info", "--jsn");

        assertEquals(Cli.REJECTED, settle.exit());
        assertTrue(settle.err().contains("did you mean --from?"), settle.err());
        assertEquals(Cli.REJECTED, info.exit());
        assertTrue(info.err().contains("did you mean --json?"), info.err());
    }

    @Test
    void commissionLevelsAndInvitationsRefuseAMistypedFlagToo() {
        CliRun commission = run("--workspace", dir.toString(), "commission", "resolve", "--creator", "@a", "--prodct", "1");
        CliRun levels = run("--workspace", dir.toString(), "levels", "recompute", "--mnth", "2026-12");
        CliRun invitations = run("--workspace", dir.toString(), "invitations", "status", "--plan", "1", "--creater", "@a",
                "accepted");

        assertEquals(Cli.REJECTED, commission.exit());
        assertTrue(commission.err().contains("did you mean --product?"), commission.err());
        assertEquals(Cli.REJECTED, levels.exit());
        assertTrue(levels.err().contains("did you mean --month?"), levels.err());
        assertEquals(Cli.REJECTED, invitations.exit());
        assertTrue(invitations.err().contains("did you mean --creator?"), invitations.err());
    }
}
