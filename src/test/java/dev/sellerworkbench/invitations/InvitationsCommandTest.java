package dev.sellerworkbench.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.cli.Cli;
import dev.sellerworkbench.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `invitations export` and `invitations verify` headless (R-IN-2, R-IN-3, R-IN-4).
class InvitationsCommandTest {

    @TempDir
    Path dir;


    static CliRun run(String... args) {
        return CliRun.of(InvitationFixture.CLOCK, args);
    }

    long preparedPlan() {
        try (InvitationFixture fixture = new InvitationFixture(dir.resolve("ws"))) {
            return fixture.planId;
        }
    }

    @Test
    void exportWritesBothFilesAndListsSkippedCreatorsWithReasons() throws Exception {
        long plan = preparedPlan();
        CliRun run = run("--workspace", dir.resolve("ws").toString(), "invitations", "export", "--plan", Long.toString(plan),
                "--out", dir.resolve("out").toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(Files.exists(Path.of(json.get("csv").asText())));
        assertTrue(Files.exists(Path.of(json.get("html").asText())));
        assertEquals(4, json.get("invitations").asInt());
        assertEquals(2, json.get("skipped").size());
        assertFalse(json.get("skipped").get(0).get("reason").asText().isBlank());
    }

    @Test
    void exportOfAnUnknownPlanIsRejected() {
        preparedPlan();
        CliRun run = run("--workspace", dir.resolve("ws").toString(), "invitations", "export", "--plan", "999",
                "--out", dir.resolve("out").toString());
        assertEquals(Cli.REJECTED, run.exit());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void exportWithoutAPlanNumberIsRejected() {
        CliRun run = run("--workspace", dir.resolve("ws").toString(), "invitations", "export", "--plan", "tet",
                "--out", dir.resolve("out").toString());
        assertEquals(Cli.REJECTED, run.exit());
    }

    @Test
    void verifyNamesPlanAndCreatorOfAnIssuedToken() throws Exception {
        String token;
        try (InvitationFixture fixture = new InvitationFixture(dir.resolve("ws"))) {
            Invitation linh = fixture.invitations().forPlan(fixture.planId).invitations().getFirst();
            token = linh.invitationLink().substring(linh.invitationLink().indexOf("invite=") + 7);
        }
        CliRun run = run("--workspace", dir.resolve("ws").toString(), "invitations", "verify", token, "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("valid", json.get("result").asText());
        assertEquals("@linh.beauty", json.get("creator").get("handle").asText());
    }

    @Test
    void verifyOfSomethingThatIsNotATokenIsRejected() {
        preparedPlan();
        assertEquals(Cli.REJECTED, run("--workspace", dir.resolve("ws").toString(), "invitations", "verify", "abc").exit());
    }
}
