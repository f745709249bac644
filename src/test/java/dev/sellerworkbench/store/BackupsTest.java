package dev.sellerworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.progress.Progress;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Its time is spent writing and reading backup files of its own folders: it runs beside the rest of the suite.
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
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
            backup = Backups.take(ws, Backups.Kind.MANUAL, CLOCK);
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
            backup = Backups.take(ws, Backups.Kind.MANUAL, CLOCK);
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

    static Clock at(Duration later) {
        return Clock.offset(CLOCK, later);
    }

    static long count(Path workspace, Backups.Kind kind) {
        return Backups.list(workspace).stream().filter(b -> b.kind() == kind).count();
    }

    @Test
    void eachKindKeepsOnlyItsOwnNewest() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            for (int i = 0; i < 9; i++) {
                Backups.take(ws, Backups.Kind.DAILY, at(Duration.ofDays(i)));
            }
            for (int i = 0; i < 5; i++) {
                Backups.take(ws, Backups.Kind.BEFORE_MIGRATION, at(Duration.ofDays(i).plusHours(1)));
            }
        }
        assertEquals(7, count(dir, Backups.Kind.DAILY));
        assertEquals(3, count(dir, Backups.Kind.BEFORE_MIGRATION));
        assertEquals(CLOCK.instant().plus(Duration.ofDays(2)),
                Backups.list(dir).stream().filter(b -> b.kind() == Backups.Kind.DAILY).toList().getLast().takenAt(),
                "the two oldest daily backups went");
        try (var files = Files.list(Backups.folder(dir))) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no half-written backup is left");
        }
    }

    @Test
    void tenManualBackupsAndMoreLeaveTheDailyAndPreMigrationOnesInPlace() throws Exception {
        List<Path> others;
        try (Workspace ws = Workspace.open(dir)) {
            for (int i = 0; i < 7; i++) {
                Backups.take(ws, Backups.Kind.DAILY, at(Duration.ofDays(i)));
            }
            for (int i = 0; i < 3; i++) {
                Backups.take(ws, Backups.Kind.BEFORE_MIGRATION, at(Duration.ofDays(i).plusHours(1)));
            }
            others = Backups.list(dir).stream().map(Backups.Backup::file).toList();
            for (int i = 0; i < 13; i++) {
                Backups.take(ws, Backups.Kind.MANUAL, at(Duration.ofDays(8).plusMinutes(i)));
            }
        }
        assertEquals(10, count(dir, Backups.Kind.MANUAL));
        assertEquals(7, count(dir, Backups.Kind.DAILY));
        assertEquals(3, count(dir, Backups.Kind.BEFORE_MIGRATION));
        for (Path file : others) {
            assertTrue(Files.exists(file), file + " is still there");
        }
        assertEquals(CLOCK.instant().plus(Duration.ofDays(8).plusMinutes(12)), Backups.newest(dir).orElseThrow().takenAt());
    }

    @Test
    void theKindIsInTheFileName() {
        try (Workspace ws = Workspace.open(dir)) {
            assertTrue(Backups.take(ws, Backups.Kind.DAILY, CLOCK).file().getFileName().toString()
                    .equals("workspace-20261123-030000-000-daily.zip"));
            assertTrue(Backups.take(ws, Backups.Kind.BEFORE_MIGRATION, CLOCK).file().getFileName().toString()
                    .endsWith("-before-migration.zip"));
            assertTrue(Backups.take(ws, Backups.Kind.MANUAL, CLOCK).file().getFileName().toString().endsWith("-manual.zip"));
        }
    }

    @Test
    void backupsNamedBeforeKindsWereKeptApartCountTowardsTheirOwnKind() throws Exception {
        Path zip;
        try (Workspace ws = Workspace.open(dir)) {
            zip = Backups.take(ws, Backups.Kind.MANUAL, at(Duration.ofDays(-30))).file();
        }
        // Before this change all kinds shared one limit of ten and a migration backup ended in
        // "-migration"; a folder from then holds any mix, up to ten.
        Path folder = Backups.folder(dir);
        List<String> oldMigration = List.of("workspace-20261101-000000-000-migration.zip",
                "workspace-20261102-000000-000-migration.zip", "workspace-20261103-000000-000-migration.zip",
                "workspace-20261104-000000-000-migration.zip");
        for (String name : oldMigration) {
            Files.copy(zip, folder.resolve(name));
        }
        Path oldDaily = Files.copy(zip, folder.resolve("workspace-20261105-000000-000-daily.zip"));
        Path notOurs = Files.copy(zip, folder.resolve("workspace-20261106-000000-000-weekly.zip"));
        Path alsoNotOurs = Files.copy(zip, folder.resolve("shop-copy.zip"));
        assertEquals(4, count(dir, Backups.Kind.BEFORE_MIGRATION), "the old \"-migration\" files are pre-migration backups");
        assertEquals(1, count(dir, Backups.Kind.DAILY));

        try (Workspace ws = Workspace.open(dir)) {
            Backups.take(ws, Backups.Kind.BEFORE_MIGRATION, CLOCK);
        }
        assertEquals(3, count(dir, Backups.Kind.BEFORE_MIGRATION), "old and new together are kept to three");
        assertFalse(Files.exists(folder.resolve(oldMigration.get(0))));
        assertFalse(Files.exists(folder.resolve(oldMigration.get(1))));
        assertTrue(Files.exists(folder.resolve(oldMigration.get(3))));
        assertTrue(Files.exists(oldDaily));
        assertTrue(Files.exists(zip));
        assertTrue(Files.exists(notOurs), "a zip this program did not name is never deleted");
        assertTrue(Files.exists(alsoNotOurs));
    }

    @Test
    void theDailyBackupIsDueADayAfterTheLastDailyOneWhateverManualOnesWereTakenSince() {
        try (Workspace ws = Workspace.open(dir)) {
            assertTrue(Backups.daily(ws, CLOCK).isPresent(), "the first one is taken at once");
            Backups.take(ws, Backups.Kind.MANUAL, at(Duration.ofHours(20)));
            assertTrue(Backups.daily(ws, at(Duration.ofHours(23))).isEmpty());
            assertTrue(Backups.daily(ws, at(Duration.ofHours(25))).isPresent(),
                    "a manual backup in between does not stand in for the daily one");
        }
        assertEquals(2, count(dir, Backups.Kind.DAILY));
    }

    @Test
    void setAsideFilesOlderThanThirtyDaysAreRemovedButNeverTheNewestOfEachSort() throws Exception {
        Files.createDirectories(dir);
        Path replaced40 = Files.writeString(dir.resolve("workspace.mv.db.replaced-20261014-030000-000"), "x");
        Path replaced31 = Files.writeString(dir.resolve("workspace.mv.db.replaced-20261023-025959-999"), "x");
        Path replaced29 = Files.writeString(dir.resolve("workspace.mv.db.replaced-20261025-030000-000"), "x");
        Path replaced2 = Files.writeString(dir.resolve("workspace.mv.db.replaced-20261121-030000-000"), "x");
        Path damaged60 = Files.writeString(dir.resolve("workspace.mv.db.damaged-20260924-030000-000"), "x");
        Path damaged45 = Files.writeString(dir.resolve("workspace.mv.db.damaged-20261009-030000-000"), "x");
        Path oddName = Files.writeString(dir.resolve("workspace.mv.db.replaced-by-hand"), "x");
        // the file times say nothing: a moved database keeps the time it was last written
        for (Path p : List.of(replaced2, damaged45)) {
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        }

        List<Path> deleted = Backups.cleanSetAside(dir, CLOCK);

        assertEquals(java.util.Set.of(replaced40, replaced31, damaged60), java.util.Set.copyOf(deleted));
        for (Path gone : deleted) {
            assertFalse(Files.exists(gone), gone.toString());
        }
        assertTrue(Files.exists(replaced29), "younger than thirty days");
        assertTrue(Files.exists(replaced2));
        assertTrue(Files.exists(damaged45), "the newest damaged file stays however old");
        assertTrue(Files.exists(oddName), "a file whose name has no time is left alone");
    }

    @Test
    void theDailyRoutineCleansSetAsideFiles() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            Backups.take(ws, Backups.Kind.DAILY, CLOCK);
        }
        Path old = Files.writeString(dir.resolve("workspace.mv.db.replaced-20261001-000000-000"), "x");
        Path newer = Files.writeString(dir.resolve("workspace.mv.db.replaced-20261002-000000-000"), "x");
        try (Workspace ws = Workspace.open(dir)) {
            assertTrue(Backups.daily(ws, at(Duration.ofHours(1))).isEmpty(), "no daily backup is due yet");
        }
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(newer), "the newest replaced file is kept");
    }

    @Test
    void restoreRefusesWhileTheWorkspaceIsOpen() {
        try (Workspace ws = Workspace.open(dir)) {
            Backups.Backup backup = Backups.take(ws, Backups.Kind.MANUAL, CLOCK);
            assertThrows(WorkspaceInUseException.class, () -> Backups.restore(dir, backup.file(), CLOCK));
        }
    }

    @Test
    void aDamagedDatabaseIsRefusedWithAMessageAndCanBeSetAsideForABackup() throws Exception {
        Backups.Backup backup;
        try (Workspace ws = Workspace.open(dir)) {
            ws.settings().put(SettingsRepository.SHOP_NAME, "Hương");
            backup = Backups.take(ws, Backups.Kind.DAILY, CLOCK);
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
