package dev.sellerworkbench.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.cli.CliRun;
import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.TestDatabases;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.store.WorkspaceAddress;
import dev.sellerworkbench.store.WorkspaceCopy;
import dev.sellerworkbench.store.WorkspaceException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A whole workspace moves H2 → PostgreSQL → H2 and comes back identical, table by table and row
/// by row; a copy never lands on a workspace that already holds data.
// runs beside the rest of the suite: it works on its own databases and folders
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class WorkspaceCopyTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aDemoWorkspaceRoundTripsThroughPostgresqlIdentically() throws Exception {
        roundTrip(1_000);
    }

    /// A team's real size: about 45 s, most of it building the demo workspace and comparing digests.
    @Test
    void aHundredThousandCreatorWorkspaceRoundTripsIdentically() throws Exception {
        roundTrip(100_000);
    }

    private void roundTrip(int creators) throws Exception {
        Map<String, String> original;
        WorkspaceAddress.Team team = TestDatabases.newDatabase();
        try (Workspace h2 = Workspace.open(dir.resolve("original"))) {
            new DemoGenerator(h2, CLOCK, Progress.NONE).generate(creators);
            original = digest(h2);
            try (Workspace pg = Workspace.open(team, TestDatabases.credentials())) {
                WorkspaceCopy.Report there = WorkspaceCopy.copy(h2, pg);
                assertTrue(there.verified());
                assertEquals(original, digest(pg), "the PostgreSQL copy holds the same rows");
            }
        }
        try (Workspace pg = Workspace.open(team, TestDatabases.credentials());
             Workspace back = Workspace.open(dir.resolve("back"))) {
            WorkspaceCopy.Report report = WorkspaceCopy.copy(pg, back);
            assertTrue(report.verified());
            assertEquals(creators, report.tables().stream().filter(t -> t.table().equals("creator")).findFirst()
                    .orElseThrow().targetRows());
            assertEquals(original, digest(back), "H2 → PostgreSQL → H2 is identical");
            // the copies hand out new ids after the copied ones
            long before = back.creators().count();
            back.creators().insert(newCreator());
            pg.creators().insert(newCreator());
            assertEquals(before + 1, back.creators().count());
        }
    }

    static dev.sellerworkbench.domain.Creator newCreator() {
        return new dev.sellerworkbench.domain.Creator(0, "after.copy", "After Copy", dev.sellerworkbench.domain.Region.VN,
                null, 10, 1, 1, 1, dev.sellerworkbench.domain.Money.of("0", "VND"), 0, 0, List.of(),
                java.util.EnumSet.noneOf(dev.sellerworkbench.domain.ContentType.class), null, null,
                dev.sellerworkbench.domain.Audience.UNKNOWN, null);
    }

    @Test
    void aCopyIntoAWorkspaceWithDataIsRefusedAndWritesNothing() throws Exception {
        try (Workspace source = Workspace.open(dir.resolve("a")); Workspace target = Workspace.open(dir.resolve("b"))) {
            new DemoGenerator(source, CLOCK, Progress.NONE).generate(50);
            new DemoGenerator(target, CLOCK, Progress.NONE).generate(20);
            Map<String, String> before = digest(target);
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceCopy.copy(source, target));
            assertTrue(e.getMessage().contains("not empty"), e.getMessage());
            assertEquals(before, digest(target));
        }
    }

    @Test
    void theCommandCopiesAFolderToATeamWorkspaceAndReportsEachTable() throws Exception {
        try (Workspace h2 = Workspace.open(dir.resolve("desk"))) {
            new DemoGenerator(h2, CLOCK, Progress.NONE).generate(200);
        }
        WorkspaceAddress.Team team = TestDatabases.newDatabase();
        CliRun run = CliRun.of(CLOCK, "workspace", "copy", "--from", dir.resolve("desk").toString(), "--to",
                team.display(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("verified").asBoolean());
        assertEquals(team.display(), json.get("to").asText());
        JsonNode creator = null;
        for (JsonNode t : json.get("tables")) {
            assertTrue(t.get("matches").asBoolean(), t.toString());
            if (t.get("table").asText().equals("creator")) {
                creator = t;
            }
        }
        assertEquals(200, creator.get("targetRows").asLong());
        assertTrue(creator.get("sums").has("followers"), creator.toString());

        CliRun again = CliRun.of(CLOCK, "workspace", "copy", "--from", dir.resolve("desk").toString(), "--to",
                team.display());
        assertEquals(2, again.exit(), "a second copy onto the filled workspace is refused");
        assertTrue(again.err().contains("not empty"), again.err());
    }

    /// Per table: row count and a hash of every row, values written the same way whichever
    /// database they came from, rows sorted in Java (the two databases collate text differently).
    static Map<String, String> digest(Workspace ws) throws Exception {
        return ws.jdbi().withHandle(h -> {
            Map<String, String> out = new TreeMap<>();
            var meta = h.getConnection().getMetaData();
            List<String> tables = new ArrayList<>();
            try (var rs = meta.getTables(null, h.getConnection().getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                    if (!name.equals("flyway_schema_history")) {
                        tables.add(name);
                    }
                }
            }
            for (String table : tables) {
                List<String> rows = h.createQuery("SELECT * FROM " + table).map((rs, ctx) -> {
                    var md = rs.getMetaData();
                    TreeMap<String, String> row = new TreeMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT), normal(rs.getObject(i)));
                    }
                    return row.toString();
                }).list();
                List<String> sorted = new ArrayList<>(rows);
                java.util.Collections.sort(sorted);
                try {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    sorted.forEach(r -> sha.update(r.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    out.put(table, sorted.size() + ":" + HexFormat.of().formatHex(sha.digest()));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        });
    }

    private static String normal(Object v) {
        return switch (v) {
            case null -> "∅";
            case OffsetDateTime t -> t.toInstant().toString();
            case java.sql.Timestamp t -> t.toInstant().toString();
            case java.sql.Date d -> d.toLocalDate().toString();
            case BigDecimal b -> b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
            case byte[] bytes -> HexFormat.of().formatHex(bytes);
            case Number n -> new BigDecimal(n.toString()).toPlainString();
            default -> v.toString();
        };
    }
}
