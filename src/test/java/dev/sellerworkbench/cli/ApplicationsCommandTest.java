package dev.sellerworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `applications list|decide|expire` over a small demo workspace, checked against what the
/// approval queue's own reads and the audit log hold (R-AP-1 … R-AP-4).
class ApplicationsCommandTest {

    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    String ws;

    static CliRun run(String... args) {
        return runAt(NOW, args);
    }

    static CliRun runAt(Instant at, String... args) {
        return CliRun.of(Clock.fixed(at, ZoneOffset.UTC), args);
    }

    @BeforeEach
    void demo() {
        ws = dir.resolve("ws").toString();
        CliRun demo = run("--workspace", ws, "demo", "--creators", "300");
        assertEquals(0, demo.exit(), demo.err());
    }

    private List<Application> all() {
        try (Workspace w = Workspace.open(ws)) {
            return w.applications().all();
        }
    }

    private List<AuditEntry> audit() {
        try (Workspace w = Workspace.open(ws)) {
            return w.audit().recent(Integer.MAX_VALUE);
        }
    }

    private List<Application> pending(int n) {
        List<Application> pending = all().stream().filter(a -> a.status() == ApplicationStatus.PENDING && !a.removed())
                .limit(n).toList();
        assertEquals(n, pending.size(), "the demo workspace has pending applications");
        return pending;
    }

    @Test
    void listOfAStatusIsTheQueueTabTheWindowReads() throws Exception {
        List<Application> tab;
        try (Workspace w = Workspace.open(ws)) {
            tab = w.applications().findByStatus(ApplicationStatus.PENDING, 0, Integer.MAX_VALUE);
        }
        assertTrue(tab.size() > 1);

        CliRun list = run("--workspace", ws, "applications", "list", "--status", "pending", "--json");

        assertEquals(0, list.exit(), list.err());
        JsonNode rows = JSON.readTree(list.out());
        List<String> shown = new ArrayList<>();
        rows.forEach(r -> shown.add(r.get("id").asLong() + "@" + r.get("version").asInt() + " " + r.get("status").asText()));
        assertEquals(tab.stream().map(a -> a.id() + "@" + a.version() + " pending").toList(), shown);
        assertTrue(rows.get(0).get("expiresAt").asText().startsWith("20"), rows.get(0).toString());
    }

    @Test
    void listOfAPlanHoldsEveryApplicationOfThatPlanInTheQueue() throws Exception {
        Map<Long, Long> byPlan = all().stream().filter(a -> !a.removed())
                .collect(Collectors.groupingBy(Application::planId, Collectors.counting()));
        long plan = byPlan.keySet().iterator().next();

        CliRun list = run("--workspace", ws, "applications", "list", "--plan", String.valueOf(plan), "--json");

        assertEquals(0, list.exit(), list.err());
        JsonNode rows = JSON.readTree(list.out());
        assertEquals(byPlan.get(plan).intValue(), rows.size());
        rows.forEach(r -> assertEquals(plan, r.get("planId").asLong()));
    }

    @Test
    void decideApprovesEveryGivenApplicationAndKeepsTheNote() throws Exception {
        List<Application> two = pending(2);

        CliRun decide = run("--workspace", ws, "applications", "decide", "approve",
                two.get(0).id() + "@" + two.get(0).version(), String.valueOf(two.get(1).id()),
                "--note", "fits the plan", "--json");

        assertEquals(0, decide.exit(), decide.err());
        JsonNode json = JSON.readTree(decide.out());
        assertEquals(2, json.get("applications").size());
        Map<Long, Application> now = all().stream().collect(Collectors.toMap(Application::id, Function.identity()));
        for (Application before : two) {
            Application after = now.get(before.id());
            assertEquals(ApplicationStatus.APPROVED, after.status());
            assertEquals(before.version() + 1, after.version());
            assertEquals("fits the plan", after.note());
        }
        assertTrue(audit().stream().anyMatch(e -> e.entityId().equals(String.valueOf(two.get(1).id()))
                && e.action().equals("approve") && "fits the plan".equals(e.note())));
    }

    @Test
    void aStaleVersionIsRefusedNamingTheApplicationAndNothingIsWritten() {
        List<Application> two = pending(2);
        List<Application> before = all();
        int auditBefore = audit().size();
        Application stale = two.get(1);

        CliRun decide = run("--workspace", ws, "applications", "decide", "reject",
                two.get(0).id() + "@" + two.get(0).version(), stale.id() + "@" + (stale.version() + 1));

        assertEquals(Cli.REJECTED, decide.exit(), decide.err());
        assertTrue(decide.err().contains("Application " + stale.id()), decide.err());
        assertEquals(before, all(), "no application changed");
        assertEquals(auditBefore, audit().size(), "no decision recorded");
    }

    @Test
    void anUnknownIdIsRefusedAndNothingIsWritten() {
        Application known = pending(1).get(0);
        List<Application> before = all();
        int auditBefore = audit().size();

        CliRun decide = run("--workspace", ws, "applications", "decide", "approve", String.valueOf(known.id()), "987654");

        assertEquals(Cli.REJECTED, decide.exit(), decide.err());
        assertTrue(decide.err().contains("987654"), decide.err());
        assertEquals(before, all());
        assertEquals(auditBefore, audit().size());
    }

    @Test
    void expireRunsTheQueuesExpiryAsTheWindowsTimerDoes() throws Exception {
        Instant later = NOW.plus(Duration.ofDays(3));
        List<Long> due = all().stream().filter(a -> a.status() == ApplicationStatus.PENDING && !a.removed()
                        && !a.appliedAt().isAfter(later.minus(Duration.ofDays(7))))
                .map(Application::id).toList();
        assertTrue(!due.isEmpty(), "three days on, some pending application has waited seven days");

        CliRun expire = runAt(later, "--workspace", ws, "applications", "expire", "--json");

        assertEquals(0, expire.exit(), expire.err());
        assertEquals(due.size(), JSON.readTree(expire.out()).get("expired").asInt());
        Map<Long, Application> now = all().stream().collect(Collectors.toMap(Application::id, Function.identity()));
        due.forEach(id -> assertEquals(ApplicationStatus.EXPIRED, now.get(id).status()));
        assertEquals(due.size(), audit().stream().filter(e -> e.action().equals("expire") && e.actor().equals("system"))
                .count());
    }

    @Test
    void anUnknownFlagIsRefusedNamingTheClosestOne() {
        CliRun list = run("--workspace", ws, "applications", "list", "--stauts", "pending");

        assertEquals(Cli.REJECTED, list.exit());
        assertTrue(list.err().contains("did you mean --status?"), list.err());
    }

    @Test
    void helpShowsEachSubcommandsFlagsWithAnExample() {
        CliRun help = run("help", "applications");

        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("--status S") && help.out().contains("--note T"), help.out());
        assertTrue(help.out().contains("Example"), help.out());
        assertEquals(Cli.REJECTED, run("help", "nosuchcommand").exit());
    }
}
