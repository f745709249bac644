package dev.sellerworkbench.db.migration.common;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/// Moves projected levels out of `creator_level` (one row per creator and month) into
/// `projected_level_block` (one row per 1,024 creators and month), in format 1 of the block
/// encoding that `store/LevelBlocks` reads. Official levels stay rows. Adds the covering indexes the monthly recompute reads through.
///
/// On H2 it also hands out ids of the bulk-imported tables ten thousand at a time: H2 persists
/// an identity's next value every `CACHE` ids (32 by default) in a commit of its own, and with
/// `WRITE_DELAY=0` each of those writes the store to disk; a profile of a creator import spent a
/// third of its time there. A crash only leaves a gap in the ids. PostgreSQL keeps its own
/// per-session cache, so nothing changes there. Written in Java because the blocks are encoded; the SQL is the same on
/// every database the workspace runs on.
///
/// A released migration must do tomorrow what it did when it was released, so it uses nothing of
/// the product's live code: the block encoding it writes is copied below as it stood then
/// ([#blockOf], [#encode]), and changes to `store/LevelBlocks` do not reach it. Like every Java
/// migration without `getChecksum()`, it records no checksum, so this copy changes nothing in a
/// workspace's migration history.
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
            List<Entry> entries = new ArrayList<>();
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String m = rs.getString(2);
                    if (!m.equals(month) || blockOf(id) != block) {
                        pending += add(write, month, block, entries);
                        month = m;
                        block = blockOf(id);
                    }
                    int level = rs.getInt(4);
                    Integer value = rs.wasNull() ? null : level;
                    entries.add(new Entry(id, rs.getString(3), value, rs.getString(5),
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

    private static int add(PreparedStatement write, String month, long block, List<Entry> entries)
            throws SQLException {
        if (entries.isEmpty()) {
            return 0;
        }
        write.setString(1, month);
        write.setLong(2, block);
        write.setInt(3, entries.size());
        write.setBytes(4, encode(entries));
        write.addBatch();
        entries.clear();
        return 1;
    }

    // Format 1 of the projected level block, frozen as this migration wrote it.

    /// Creators per block: 2^SHIFT.
    private static final int SHIFT = 10;
    private static final int FORMAT = 1;

    /// One creator's projected level in a block.
    private record Entry(long creatorId, String profile, Integer level, String diagnosis, Instant computedAt) {

        Entry {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(computedAt, "computedAt");
        }
    }

    private static long blockOf(long creatorId) {
        return creatorId >> SHIFT;
    }

    /// Encodes entries of one block; they are sorted by creator id first, and a creator may
    /// appear once.
    private static byte[] encode(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(Entry::creatorId));
        Map<String, Integer> profiles = new LinkedHashMap<>();
        Map<Instant, Integer> times = new LinkedHashMap<>();
        for (Entry e : sorted) {
            profiles.putIfAbsent(e.profile(), profiles.size());
            times.putIfAbsent(e.computedAt(), times.size());
        }
        Out out = new Out(32 + sorted.size() * 40);
        out.varLong(FORMAT);
        out.varLong(profiles.size());
        profiles.keySet().forEach(out::string);
        out.varLong(times.size());
        for (Instant t : times.keySet()) {
            out.zigZag(t.getEpochSecond());
            out.varLong(t.getNano());
        }
        out.varLong(sorted.size());
        long previous = -1;
        for (Entry e : sorted) {
            if (e.creatorId() == previous) {
                throw new IllegalArgumentException("creator " + previous + " twice in one block");
            }
            out.zigZag(e.creatorId() - previous);
            previous = e.creatorId();
            out.varLong(e.level() == null ? 0 : e.level() + 1L);
            out.varLong(profiles.get(e.profile()));
            out.varLong(times.get(e.computedAt()));
            out.string(e.diagnosis());
        }
        return out.bytes();
    }

    private static final class Out {
        private byte[] buf;
        private int len;

        Out(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        void varLong(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[len++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[len++] = (byte) v;
        }

        void zigZag(long v) {
            varLong((v << 1) ^ (v >> 63));
        }

        /// A string as its UTF-8 length + 1 and bytes; null as 0.
        void string(String s) {
            if (s == null) {
                varLong(0);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varLong(b.length + 1L);
            ensure(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        private void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, len);
        }
    }
}
