package dev.sellerworkbench.db.migration.common;

import dev.sellerworkbench.store.LevelBlocks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/// Moves projected levels out of `creator_level` (one row per creator and month) into
/// `projected_level_block` (one row per 1,024 creators and month): see [LevelBlocks]. Official
/// levels stay rows. Adds the covering indexes the monthly recompute reads through.
///
/// On H2 it also hands out ids of the bulk-imported tables ten thousand at a time: H2 persists
/// an identity's next value every `CACHE` ids (32 by default) in a commit of its own, and with
/// `WRITE_DELAY=0` each of those writes the store to disk; a profile of a creator import spent a
/// third of its time there. A crash only leaves a gap in the ids. PostgreSQL keeps its own
/// per-session cache, so nothing changes there. Written in Java because the blocks are encoded; the SQL is the same on
/// every database the workspace runs on.
public class V2__Faster_levels_and_imports extends BaseJavaMigration {

    static final List<String> BULK_TABLES = List.of("creator", "application", "affiliate_order", "audit_log");

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE projected_level_block ("
                    + "level_month VARCHAR(7) NOT NULL, "
                    + "block_no    BIGINT     NOT NULL, "
                    + "creators    INTEGER    NOT NULL, "
                    + "payload     BYTEA      NOT NULL, "
                    + "PRIMARY KEY (level_month, block_no))");
            s.execute("CREATE INDEX projected_level_block_no ON projected_level_block (block_no)");
        }
        convert(c);
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM creator_level WHERE level_kind = 'PROJECTED'");
            // The recompute reads every creator's shown level and three months of official
            // levels; with these covering indexes it reads narrow index pages instead of whole
            // rows (a creator row carries names, contacts and audience: 4x the time measured).
            s.execute("DROP INDEX level_month");
            s.execute("CREATE INDEX level_month ON creator_level (level_month, level_kind, creator_id, level)");
            s.execute("CREATE INDEX creator_shown ON creator (level_kind, level, declining)");
            if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
                for (String table : BULK_TABLES) {
                    s.execute("ALTER TABLE " + table + " ALTER COLUMN id SET CACHE 10000");
                }
            }
        }
    }

    private static void convert(Connection c) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT creator_id, level_month, profile, level, diagnosis, "
                + "computed_at FROM creator_level WHERE level_kind = 'PROJECTED' ORDER BY level_month, creator_id");
             PreparedStatement write = c.prepareStatement("INSERT INTO projected_level_block "
                     + "(level_month, block_no, creators, payload) VALUES (?,?,?,?)")) {
            read.setFetchSize(10_000);
            String month = null;
            long block = Long.MIN_VALUE;
            List<LevelBlocks.Entry> entries = new ArrayList<>();
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String m = rs.getString(2);
                    if (!m.equals(month) || LevelBlocks.blockOf(id) != block) {
                        pending += add(write, month, block, entries);
                        month = m;
                        block = LevelBlocks.blockOf(id);
                    }
                    int level = rs.getInt(4);
                    Integer value = rs.wasNull() ? null : level;
                    entries.add(new LevelBlocks.Entry(id, rs.getString(3), value, rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant()));
                    if (pending >= 100) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            add(write, month, block, entries);
            write.executeBatch();
        }
    }

    private static int add(PreparedStatement write, String month, long block, List<LevelBlocks.Entry> entries)
            throws SQLException {
        if (entries.isEmpty()) {
            return 0;
        }
        write.setString(1, month);
        write.setLong(2, block);
        write.setInt(3, entries.size());
        write.setBytes(4, LevelBlocks.encode(entries));
        write.addBatch();
        entries.clear();
        return 1;
    }
}
