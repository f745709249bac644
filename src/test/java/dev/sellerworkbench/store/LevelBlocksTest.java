package dev.sellerworkbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Projected levels packed a block of creators per row (R-LV-3): the encoding, the repository
/// around it, and the migration that moved the per-creator rows into blocks.
class LevelBlocksTest {

    private static final Instant T1 = Instant.parse("2026-11-01T01:00:00.123456789Z");
    private static final Instant T2 = Instant.parse("2026-10-01T01:00:00Z");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @TempDir
    Path folder;

    @Test
    void encodingRoundTripsEveryFieldAndSortsByCreator() {
        List<LevelBlocks.Entry> entries = List.of(
                new LevelBlocks.Entry(1030, "tiktok", 4, "T|gmv:41200000/50000000", T1),
                new LevelBlocks.Entry(1025, "douyin", null, "D|gate:reputation", T2),
                new LevelBlocks.Entry(1024, "tiktok", 0, null, T1),
                new LevelBlocks.Entry(2047, "tiktok", 8, "Cấp độ — 等级", T1));

        List<LevelBlocks.Entry> decoded = LevelBlocks.decode(LevelBlocks.encode(entries));

        assertEquals(List.of(entries.get(2), entries.get(1), entries.get(0), entries.get(3)), decoded);
    }

    @Test
    void equalContentsGiveEqualBytesWhateverTheOrder() {
        var a = new LevelBlocks.Entry(5, "tiktok", 3, "x", T1);
        var b = new LevelBlocks.Entry(9, "tiktok", 4, "y", T2);
        assertArrayEquals(LevelBlocks.encode(List.of(a, b)), LevelBlocks.encode(List.of(b, a)));
        assertFalse(java.util.Arrays.equals(LevelBlocks.encode(List.of(a, b)),
                LevelBlocks.encode(List.of(a, new LevelBlocks.Entry(9, "tiktok", 5, "y", T2)))));
    }

    @Test
    void aCreatorTwiceInABlockIsRefused() {
        var a = new LevelBlocks.Entry(5, "tiktok", 3, "x", T1);
        assertThrows(IllegalArgumentException.class, () -> LevelBlocks.encode(List.of(a, a)));
    }

    @Test
    void pendingJudgementsComeBackAsEntriesOfTheRun() {
        LevelBlocks.Pending pending = new LevelBlocks.Pending();
        pending.add(7, 2, "d7");
        pending.add(3, null, null);
        assertEquals(List.of(new LevelBlocks.Entry(7, "douyin", 2, "d7", T1), new LevelBlocks.Entry(3, "douyin", null, null, T1)),
                pending.entries("douyin", T1));
    }

    @Test
    void projectedLevelsSavedOneByOneShareABlockAndCountPerMonth() {
        try (Workspace ws = Workspace.open(folder)) {
            long a = ws.creators().insert(RepositoryRoundTripTest.creator("a.one", dev.sellerworkbench.domain.Region.VN, null));
            long b = ws.creators().insert(RepositoryRoundTripTest.creator("b.two", dev.sellerworkbench.domain.Region.VN, null));
            ws.levels().saveAll(List.of(projected(a, NOVEMBER, 3, "first")));
            ws.levels().saveAll(List.of(projected(b, NOVEMBER, null, "gate"),
                    new LevelRecord(a, NOVEMBER, LevelKind.OFFICIAL, "tiktok", 4, null, T2)));
            ws.levels().saveAll(List.of(projected(a, NOVEMBER, 5, "second")));

            assertEquals(2, ws.levels().countForMonth(NOVEMBER, LevelKind.PROJECTED));
            assertEquals(1, ws.levels().countForMonth(NOVEMBER, LevelKind.OFFICIAL));
            List<LevelRecord> history = ws.levels().history(a);
            assertEquals(2, history.size());
            assertEquals(LevelKind.OFFICIAL, history.get(0).kind());
            assertEquals(new LevelRecord(a, NOVEMBER, LevelKind.PROJECTED, "tiktok", 5, "second", T1), history.get(1));
            assertEquals(null, ws.levels().history(b).getFirst().level());
        }
    }

    @Test
    void theMigrationMovesProjectedRowsIntoBlocksAndKeepsOfficialRows() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(Workspace.DB_NAME);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:dev/sellerworkbench/db/migration/common")
                .target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("INSERT INTO creator (id, handle, region, name, currency, updated_at) "
                    + "VALUES (1, '@one', 'VN', 'One', 'VND', CURRENT_TIMESTAMP), (2000, '@two', 'VN', 'Two', 'VND', CURRENT_TIMESTAMP)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO creator_level (creator_id, level_month, level_kind, "
                    + "profile, level, diagnosis, computed_at) VALUES (?,?,?,?,?,?,?)")) {
                Object[][] rows = {{1L, "2026-10", "PROJECTED", "tiktok", 3, "T|a"}, {1L, "2026-11", "PROJECTED", "tiktok", 4, "T|b"},
                        {2000L, "2026-11", "PROJECTED", "douyin", null, "D|gate"}, {1L, "2026-11", "OFFICIAL", "tiktok", 4, null}};
                for (Object[] r : rows) {
                    for (int i = 0; i < r.length; i++) {
                        ps.setObject(i + 1, r[i]);
                    }
                    ps.setObject(7, T2.atOffset(ZoneOffset.UTC));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }

        try (Workspace ws = Workspace.open(folder)) {
            assertTrue(ws.schemaVersion() >= 2);
            assertEquals(List.of(
                    new LevelRecord(1, YearMonth.of(2026, 10), LevelKind.PROJECTED, "tiktok", 3, "T|a", T2),
                    new LevelRecord(1, NOVEMBER, LevelKind.OFFICIAL, "tiktok", 4, null, T2),
                    new LevelRecord(1, NOVEMBER, LevelKind.PROJECTED, "tiktok", 4, "T|b", T2)), ws.levels().history(1));
            assertEquals(List.of(new LevelRecord(2000, NOVEMBER, LevelKind.PROJECTED, "douyin", null, "D|gate", T2)),
                    ws.levels().history(2000));
            assertEquals(2, ws.levels().countForMonth(NOVEMBER, LevelKind.PROJECTED));
            long rows = ws.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM creator_level").mapTo(Long.class).one());
            assertEquals(1, rows, "only the official row is left as a row");
        }
    }

    private static LevelRecord projected(long id, YearMonth month, Integer level, String diagnosis) {
        return new LevelRecord(id, month, LevelKind.PROJECTED, "tiktok", level, diagnosis, T1);
    }
}
