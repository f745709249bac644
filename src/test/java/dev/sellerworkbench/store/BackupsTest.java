package dev.sellerworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.domain.Progress;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void backupThenRestoreGivesBackEveryTableAsItWas() throws Exception {
        Map<String, String> before;
        Backups.Backup backup;
        try (Workspace ws = Workspace.open(dir)) {
            new DemoGenerator(ws, CLOCK, Progress.NONE).generate(800);
            before = TableDigest.of(ws);
            backup = Backups.take(ws, "manual", CLOCK);
            ws.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log"));
            ws.jdbi().useHandle(h -> h.execute("UPDATE creator SET followers = 0"));
            assertNotEquals(before, TableDigest.of(ws));
        }
        Path aside = Backups.restore(dir, backup.file(), CLOCK);
        assertTrue(Files.exists(aside), "the replaced file is kept aside");
        try (Workspace ws = Workspace.open(dir)) {
            assertEquals(before, TableDigest.of(ws));
        }
    }

    @Test
    void aBackupOfOneHundredThousandCreatorsRestoresToIdenticalCountsAndSums() {
        long followers;
        BigDecimal gmv;
        Backups.Backup backup;
        try (Workspace ws = Workspace.open(dir)) {
            new DemoGenerator(ws, CLOCK, Progress.NONE).generate(100_000);
            followers = sumFollowers(ws);
            gmv = sumGmv(ws);
            backup = Backups.take(ws, "manual", CLOCK);
        }
        Path restored = dir.resolve("elsewhere");
        Backups.restore(restored, backup.file(), CLOCK);
        try (Workspace ws = Workspace.open(restored)) {
            assertEquals(100_000, ws.creators().count());
            assertEquals(followers, sumFollowers(ws));
            assertEquals(0, gmv.compareTo(sumGmv(ws)));
        }
    }

    static long sumFollowers(Workspace ws) {
        return ws.jdbi().withHandle(h -> h.createQuery("SELECT SUM(followers) FROM creator").mapTo(Long.class).one());
    }

    static BigDecimal sumGmv(Workspace ws) {
        return ws.jdbi().withHandle(h -> h.createQuery("SELECT SUM(gmv_30d) FROM creator").mapTo(BigDecimal.class).one());
    }

    @Test
    void onlyTheTenNewestBackupsAreKept() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            for (int i = 0; i < 13; i++) {
                Backups.take(ws, "daily", Clock.offset(CLOCK, Duration.ofMinutes(i)));
            }
        }
        assertEquals(Backups.KEEP, Backups.list(dir).size());
        assertEquals(CLOCK.instant().plus(Duration.ofMinutes(12)), Backups.newest(dir).orElseThrow().takenAt());
        try (var files = Files.list(Backups.folder(dir))) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no half-written backup is left");
        }
    }

    @Test
    void restoreRefusesWhileTheWorkspaceIsOpen() {
        try (Workspace ws = Workspace.open(dir)) {
            Backups.Backup backup = Backups.take(ws, "manual", CLOCK);
            assertThrows(WorkspaceInUseException.class, () -> Backups.restore(dir, backup.file(), CLOCK));
        }
    }

    @Test
    void aDamagedDatabaseIsRefusedWithAMessageAndCanBeSetAsideForABackup() throws Exception {
        Backups.Backup backup;
        try (Workspace ws = Workspace.open(dir)) {
            ws.settings().put(SettingsRepository.SHOP_NAME, "Hương");
            backup = Backups.take(ws, "daily", CLOCK);
        }
        Files.write(dir.resolve("workspace.mv.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir));
        assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
        Path aside = Backups.setAside(dir, CLOCK);
        assertTrue(Files.exists(aside));
        Backups.restore(dir, backup.file(), CLOCK);
        try (Workspace ws = Workspace.open(dir)) {
            assertEquals("Hương", ws.settings().get(SettingsRepository.SHOP_NAME, ""));
        }
    }
}
