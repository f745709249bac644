package dev.sellerworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `audit export FILE [--from DATE]`: the audit log as CSV, every entry, or those from a day on.
class AuditCommandTest {

    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @TempDir
    Path dir;
    String ws;

    static CliRun runAt(Instant at, String... args) {
        return CliRun.of(Clock.fixed(at, ZoneOffset.UTC), args);
    }

    @BeforeEach
    void twoDecisionsTwoDaysApart() {
        ws = dir.resolve("ws").toString();
        assertEquals(0, runAt(NOW, "--workspace", ws, "demo", "--creators", "200").exit());
        List<Application> pending;
        try (Workspace w = Workspace.open(ws)) {
            pending = w.applications().findByStatus(ApplicationStatus.PENDING, 0, 2);
        }
        assertEquals(2, pending.size());
        CliRun first = runAt(NOW, "--workspace", ws, "applications", "decide", "approve",
                String.valueOf(pending.get(0).id()), "--note", "=1+1");
        assertEquals(0, first.exit(), first.err());
        CliRun second = runAt(NOW.plus(Duration.ofDays(2)), "--workspace", ws, "applications", "decide", "reject",
                String.valueOf(pending.get(1).id()));
        assertEquals(0, second.exit(), second.err());
    }

    private List<AuditEntry> log() {
        try (Workspace w = Workspace.open(ws)) {
            return w.audit().page(null, 0, Integer.MAX_VALUE);
        }
    }

    private static List<String> lines(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 with BOM");
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void exportWritesEveryEntryOfTheLogOldestFirst() throws Exception {
        List<AuditEntry> log = log();
        assertEquals(2, log.size());
        Path file = dir.resolve("audit.csv");

        CliRun export = runAt(NOW, "--workspace", ws, "audit", "export", file.toString());

        assertEquals(0, export.exit(), export.err());
        List<String> lines = lines(file);
        assertEquals("at,actor,entity,entity_id,action,from_status,to_status,note", lines.get(0));
        assertEquals(log.size(), lines.size() - 1);
        for (int i = 0; i < log.size(); i++) {
            AuditEntry e = log.get(i);
            assertTrue(lines.get(i + 1).startsWith(e.at() + "," + e.actor() + ",application," + e.entityId() + ","
                    + e.action() + ","), lines.get(i + 1));
        }
        assertFalse(lines.get(1).endsWith(",=1+1"), "a note a spreadsheet would run is neutralised: " + lines.get(1));
    }

    @Test
    void fromADayLeavesOutWhatCameBefore() throws Exception {
        AuditEntry later = log().get(1);
        Path file = dir.resolve("later.csv");

        CliRun export = runAt(NOW, "--workspace", ws, "audit", "export", file.toString(), "--from", "2026-11-24");

        assertEquals(0, export.exit(), export.err());
        List<String> lines = lines(file);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains("," + later.entityId() + ",reject,"), lines.get(1));
    }

    @Test
    void aBadDateIsRefusedAndNothingIsWritten() {
        Path file = dir.resolve("x.csv");

        CliRun export = runAt(NOW, "--workspace", ws, "audit", "export", file.toString(), "--from", "yesterday");
        CliRun typo = runAt(NOW, "--workspace", ws, "audit", "export", file.toString(), "--form", "2026-11-01");

        assertEquals(Cli.REJECTED, export.exit());
        assertEquals(Cli.REJECTED, typo.exit());
        assertTrue(typo.err().contains("did you mean --from?"), typo.err());
        assertFalse(Files.exists(file));
    }
}
