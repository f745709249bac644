package dev.sellerworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Opening a team workspace: addresses, credentials kept private, a clear refusal when the server
/// is away, and each desktop's own staff name in the shared settings.
class TeamWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void workspaceArgumentsAreFoldersOrPostgresqlUrlsWithoutCredentials() {
        assertEquals(new WorkspaceAddress.Team("db.shop.vn", 5432, "workbench"),
                WorkspaceAddress.parse("postgresql://db.shop.vn/workbench"));
        assertEquals(new WorkspaceAddress.Team("10.0.0.5", 6543, "team"),
                WorkspaceAddress.parse("jdbc:postgresql://10.0.0.5:6543/team"));
        assertEquals(new WorkspaceAddress.Folder(Path.of("/tmp/shop")), WorkspaceAddress.parse("/tmp/shop"));
        assertThrows(IllegalArgumentException.class, () -> WorkspaceAddress.parse("postgresql://linh:secret@db/workbench"));
        assertThrows(IllegalArgumentException.class, () -> WorkspaceAddress.parse("postgresql://db.shop.vn/"));
    }

    @Test
    void savedCredentialsAreReadableByTheUserAloneAndFoundAgain() throws Exception {
        Path file = dir.resolve("conf/pgpass");
        WorkspaceAddress.Team team = new WorkspaceAddress.Team("db", 5432, "workbench");
        new TeamCredentials("linh", "p:ss\\word").save(team, file);
        new TeamCredentials("mai", "other").save(new WorkspaceAddress.Team("db", 5432, "archive"), file);
        new TeamCredentials("linh", "n3w:pass").save(team, file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(new TeamCredentials("linh", "n3w:pass"), TeamCredentials.read(team, file).orElseThrow());
        assertEquals("mai", TeamCredentials.read(new WorkspaceAddress.Team("db", 5432, "archive"), file).orElseThrow().user());
        assertEquals(2, Files.readAllLines(file).size(), "the same server's line is replaced, not repeated");
        assertEquals("linh", TeamCredentials.find(team, Map.of(), file).orElseThrow().user());
        assertEquals(new TeamCredentials("env", "pw"), TeamCredentials.find(team,
                Map.of(TeamCredentials.USER_ENV, "env", TeamCredentials.PASSWORD_ENV, "pw"), file).orElseThrow());
        assertTrue(!new TeamCredentials("linh", "n3w:pass").toString().contains("n3w"), "no password in logs");
    }

    @Test
    void aPasswordFileOthersCanReadIsRefused() throws Exception {
        Path file = dir.resolve("pgpass");
        Files.writeString(file, "db:5432:workbench:linh:secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> TeamCredentials.read(new WorkspaceAddress.Team("db", 5432, "workbench"), file));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void anUnreachableServerIsReportedPlainly() {
        WorkspaceUnreachableException e = assertThrows(WorkspaceUnreachableException.class,
                () -> Workspace.open(new WorkspaceAddress.Team("127.0.0.1", 1, "workbench"), new TeamCredentials("linh", "x")));
        assertTrue(e.getMessage().startsWith("The team workspace postgresql://127.0.0.1:1/workbench cannot be reached"),
                e.getMessage());
        assertEquals(StoreErrors.Kind.UNREACHABLE, StoreErrors.classify(e).orElseThrow());
    }

    @Test
    void eachDesktopKeepsItsOwnStaffNameInASharedWorkspace() {
        try (Workspace ws = TestDatabases.open(TestDatabases.Vendor.POSTGRESQL, dir)) {
            SettingsRepository linh = new SettingsRepository(ws.jdbi(), "linh@desk-1");
            SettingsRepository mai = new SettingsRepository(ws.jdbi(), "mai@desk-2");
            linh.putStaffName("Linh");
            mai.putStaffName("Mai");
            assertEquals("Linh", linh.staffName());
            assertEquals("Mai", mai.staffName());
            assertTrue(ws.isTeam());
            assertTrue(ws.location().startsWith("postgresql://localhost:"), ws.location());
            assertThrows(WorkspaceException.class, () -> Backups.take(ws, Backups.Kind.MANUAL, java.time.Clock.systemUTC()),
                    "a team workspace is backed up by the server's tools");
        }
    }

    @Test
    void bothDatabasesReachTheSameSchemaVersionThroughTheirOwnMigrations() {
        try (Workspace pg = TestDatabases.open(TestDatabases.Vendor.POSTGRESQL, dir);
             Workspace h2 = TestDatabases.open(TestDatabases.Vendor.H2, dir.resolve("h2"))) {
            assertEquals(h2.schemaVersion(), pg.schemaVersion());
            // PostgreSQL's own migration indexes the foreign keys H2 indexes by itself
            int indexes = pg.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'application_plan'").mapTo(Integer.class).one());
            assertEquals(1, indexes);
        }
    }

    @Test
    void aWorkspaceOpensFromItsUrlWithThePasswordFile() {
        WorkspaceAddress.Team team = TestDatabases.newDatabase();
        TestDatabases.credentials();
        try (Workspace ws = Workspace.open(team.display())) {
            assertEquals(team, ws.address());
            assertTrue(ws.schemaVersion() >= 1);
        }
    }
}
