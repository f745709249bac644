package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/// Levels by creator and month, official and projected, with diagnosis (R-LV-3). Official levels
/// are rows of `creator_level`; projected levels live in blocks ([LevelBlocks]).
public final class LevelRepository {

    private final Jdbi jdbi;

    LevelRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void saveAll(List<LevelRecord> records) {
        Transactions.useTransaction(jdbi, h -> saveAll(h, records));
    }

    /// Replaces the (creator, month, kind) levels, and for projections (creator, month, profile), so running a recompute twice gives the same
    /// result: official levels as rows, projected ones inside their month's block.
    public static void saveAll(Handle h, List<LevelRecord> records) {
        List<LevelRecord> official = new ArrayList<>();
        Map<YearMonth, Map<String, Map<Long, List<LevelRecord>>>> projected = new TreeMap<>();
        for (LevelRecord r : records) {
            if (r.kind() == LevelKind.OFFICIAL) {
                official.add(r);
            } else {
                projected.computeIfAbsent(r.month(), m -> new TreeMap<>()).computeIfAbsent(r.profile(), p -> new TreeMap<>())
                        .computeIfAbsent(LevelBlocks.blockOf(r.creatorId()), b -> new ArrayList<>()).add(r);
            }
        }
        saveOfficial(h, official);
        if (projected.isEmpty()) {
            return;
        }
        try (BlockWriter writer = new BlockWriter(h)) {
            projected.forEach((month, byProfile) -> byProfile.forEach((profile, blocks) -> blocks.forEach((block, rows) -> {
                byte[] before = block(h, month, profile, block);
                Map<Long, LevelBlocks.Entry> entries = new TreeMap<>();
                if (before != null) {
                    LevelBlocks.decode(before).forEach(e -> entries.put(e.creatorId(), e));
                }
                for (LevelRecord r : rows) {
                    entries.put(r.creatorId(), new LevelBlocks.Entry(r.creatorId(), r.profile(), r.level(),
                            r.diagnosis(), r.computedAt() == null ? Instant.now() : r.computedAt()));
                }
                writer.put(month, profile, block, new ArrayList<>(entries.values()), before != null);
            })));
        }
    }

    /// Adds official levels of creators inserted in this transaction: they cannot have level
    /// rows yet, so the delete that [#saveAll(Handle, List)] does first is skipped.
    public static void insertOfficial(Handle h, List<LevelRecord> records) {
        for (LevelRecord r : records) {
            if (r.kind() != LevelKind.OFFICIAL) {
                throw new IllegalArgumentException("not an official level: " + r);
            }
        }
        write(h, false, records);
    }

    /// The official levels of `month` these creators already have, by creator id: one query per
    /// batch (an import compares them with its file and rewrites only those that differ).
    public static Map<Long, LevelRecord> officialOf(Handle h, YearMonth month, Collection<Long> creatorIds) {
        Map<Long, LevelRecord> found = new HashMap<>();
        if (creatorIds.isEmpty()) {
            return found;
        }
        h.createQuery("SELECT * FROM creator_level WHERE creator_id IN (<ids>) AND level_month = :month "
                        + "AND level_kind = 'OFFICIAL'")
                .bindList("ids", List.copyOf(creatorIds)).bind("month", month.toString())
                .map((rs, ctx) -> map(rs)).forEach(r -> found.put(r.creatorId(), r));
        return found;
    }

    private static void saveOfficial(Handle h, List<LevelRecord> records) {
        write(h, true, records);
    }

    private static void write(Handle h, boolean replace, List<LevelRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        var c = h.getConnection();
        try (var delete = c.prepareStatement("DELETE FROM creator_level WHERE creator_id = ? AND level_month = ? AND level_kind = ?");
             var insert = c.prepareStatement("INSERT INTO creator_level (creator_id, level_month, level_kind, profile, level, "
                     + "diagnosis, computed_at) VALUES (?,?,?,?,?,?,?)")) {
            for (LevelRecord r : records) {
                if (replace) {
                    delete.setLong(1, r.creatorId());
                    delete.setString(2, r.month().toString());
                    delete.setString(3, r.kind().name());
                    delete.addBatch();
                }
                insert.setLong(1, r.creatorId());
                insert.setString(2, r.month().toString());
                insert.setString(3, r.kind().name());
                insert.setString(4, r.profile());
                if (r.level() == null) {
                    insert.setNull(5, Types.INTEGER);
                } else {
                    insert.setInt(5, r.level());
                }
                insert.setString(6, r.diagnosis());
                insert.setObject(7, Sql.ts(r.computedAt() == null ? Instant.now() : r.computedAt()));
                insert.addBatch();
            }
            if (replace) {
                delete.executeBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    /// A creator's levels, oldest month first, official before projected within a month; a month
    /// may hold one projection per profile (R-LV-12), ordered by profile id.
    public List<LevelRecord> history(long creatorId) {
        return jdbi.withHandle(h -> {
            List<LevelRecord> rows = new ArrayList<>(h.createQuery("SELECT * FROM creator_level WHERE creator_id = :c")
                    .bind("c", creatorId).map((rs, ctx) -> map(rs)).list());
            h.createQuery("SELECT level_month, payload FROM projected_level_block WHERE block_no = :b")
                    .bind("b", LevelBlocks.blockOf(creatorId))
                    .map((rs, ctx) -> {
                        YearMonth month = YearMonth.parse(rs.getString(1));
                        for (LevelBlocks.Entry e : LevelBlocks.decode(rs.getBytes(2))) {
                            if (e.creatorId() == creatorId) {
                                rows.add(projected(month, e));
                            }
                        }
                        return month;
                    }).list();
            rows.sort(Comparator.comparing(LevelRecord::month).thenComparing(LevelRecord::kind)
                    .thenComparing(LevelRecord::profile, Comparator.nullsFirst(Comparator.naturalOrder())));
            return rows;
        });
    }

    public long countForMonth(YearMonth month, LevelKind kind) {
        String sql = kind == LevelKind.PROJECTED
                ? "SELECT COALESCE(SUM(creators), 0) FROM projected_level_block WHERE level_month = :m"
                : "SELECT COUNT(*) FROM creator_level WHERE level_month = :m AND level_kind = :k";
        return jdbi.withHandle(h -> h.createQuery(sql).bind("m", month.toString()).bind("k", kind.name())
                .mapTo(Long.class).one());
    }

    /// Receives one official level: the creator, the month and the level (null when unrated).
    @FunctionalInterface
    public interface OfficialVisitor {
        void visit(long creatorId, YearMonth month, Integer level);
    }

    /// Streams the official levels of the given months on the caller's handle, in no particular
    /// order; the monthly recompute reads and writes in one transaction.
    public static void forOfficial(Handle h, List<YearMonth> months, OfficialVisitor visitor) {
        if (months.isEmpty()) {
            return;
        }
        String marks = String.join(",", java.util.Collections.nCopies(months.size(), "?"));
        Map<String, YearMonth> byText = new HashMap<>();
        months.forEach(m -> byText.put(m.toString(), m));
        try (var ps = h.getConnection().prepareStatement("SELECT creator_id, level_month, level FROM creator_level "
                + "WHERE level_kind = 'OFFICIAL' AND level_month IN (" + marks + ")")) {
            for (int i = 0; i < months.size(); i++) {
                ps.setString(i + 1, months.get(i).toString());
            }
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int level = rs.getInt(3);
                    visitor.visit(rs.getLong(1), byText.get(rs.getString(2)), rs.wasNull() ? null : level);
                }
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    /// Streams the official levels of month `from` and every later month on the caller's handle.
    public static void forOfficialSince(Handle h, YearMonth from, OfficialVisitor visitor) {
        try (var ps = h.getConnection().prepareStatement("SELECT creator_id, level_month, level FROM creator_level "
                + "WHERE level_kind = 'OFFICIAL' AND level_month >= ?")) {
            ps.setString(1, from.toString());
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int level = rs.getInt(3);
                    visitor.visit(rs.getLong(1), YearMonth.parse(rs.getString(2)), rs.wasNull() ? null : level);
                }
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    /// Receives one stored projection with its month.
    @FunctionalInterface
    public interface ProjectedVisitor {
        void visit(YearMonth month, LevelBlocks.Entry entry);
    }

    /// Streams the projections of every profile for month `from` and every later month.
    public static void forProjectedSince(Handle h, YearMonth from, ProjectedVisitor visitor) {
        try (var ps = h.getConnection().prepareStatement(
                "SELECT level_month, payload FROM projected_level_block WHERE level_month >= ?")) {
            ps.setString(1, from.toString());
            ps.setFetchSize(100);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    YearMonth month = YearMonth.parse(rs.getString(1));
                    LevelBlocks.decode(rs.getBytes(2)).forEach(e -> visitor.visit(month, e));
                }
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    /// The newest month with an official level, if any.
    public java.util.Optional<YearMonth> newestOfficialMonth() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT MAX(level_month) FROM creator_level WHERE level_kind = 'OFFICIAL'")
                .mapTo(String.class).findOne().map(YearMonth::parse));
    }

    /// The newest month with a projection of any profile, if any.
    public java.util.Optional<YearMonth> newestProjectedMonth() {
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(level_month) FROM projected_level_block")
                .mapTo(String.class).findOne().map(YearMonth::parse));
    }

    /// Creators with an official level for a month later than `month`.
    public long countOfficialAfter(YearMonth month) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT creator_id) FROM creator_level "
                        + "WHERE level_kind = 'OFFICIAL' AND level_month > :m")
                .bind("m", month.toString()).mapTo(Long.class).one());
    }

    /// The encoded projected-level blocks of one profile for a month, by block number, on the
    /// caller's handle.
    public static Map<Long, byte[]> projectedBlocks(Handle h, YearMonth month, String profile) {
        Map<Long, byte[]> blocks = new HashMap<>();
        try (var ps = h.getConnection().prepareStatement(
                "SELECT block_no, payload FROM projected_level_block WHERE level_month = ? AND profile = ?")) {
            ps.setString(1, month.toString());
            ps.setString(2, profile);
            ps.setFetchSize(100);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    blocks.put(rs.getLong(1), rs.getBytes(2));
                }
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
        return blocks;
    }

    /// Streams the projected levels of a month on the caller's handle, block by block.
    public static void forProjected(Handle h, YearMonth month, java.util.function.Consumer<LevelBlocks.Entry> consumer) {
        try (var ps = h.getConnection().prepareStatement("SELECT payload FROM projected_level_block WHERE level_month = ?")) {
            ps.setString(1, month.toString());
            ps.setFetchSize(100);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LevelBlocks.decode(rs.getBytes(1)).forEach(consumer);
                }
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    private static byte[] block(Handle h, YearMonth month, String profile, long block) {
        try (var ps = h.getConnection().prepareStatement(
                "SELECT payload FROM projected_level_block WHERE level_month = ? AND profile = ? AND block_no = ?")) {
            ps.setString(1, month.toString());
            ps.setString(2, profile);
            ps.setLong(3, block);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    public static LevelRecord projected(YearMonth month, LevelBlocks.Entry e) {
        return new LevelRecord(e.creatorId(), month, LevelKind.PROJECTED, e.profile(), e.level(), e.diagnosis(),
                e.computedAt());
    }

    /// Writes, replaces and deletes projected-level blocks in batches on the caller's handle; a
    /// block is keyed by month, profile and block number (R-LV-12).
    public static final class BlockWriter implements AutoCloseable {
        private final PreparedStatement insert;
        private final PreparedStatement update;
        private final PreparedStatement delete;
        private int pending;

        public BlockWriter(Handle h) {
            var c = h.getConnection();
            try {
                insert = c.prepareStatement(
                        "INSERT INTO projected_level_block (creators, payload, level_month, profile, block_no) VALUES (?,?,?,?,?)");
                update = c.prepareStatement(
                        "UPDATE projected_level_block SET creators = ?, payload = ? WHERE level_month = ? AND profile = ? AND block_no = ?");
                delete = c.prepareStatement(
                        "DELETE FROM projected_level_block WHERE level_month = ? AND profile = ? AND block_no = ?");
            } catch (SQLException e) {
                throw Sql.unchecked(e);
            }
        }

        /// Stores a block's entries; `exists` says whether the block has a row already. A block
        /// left without entries is deleted.
        public void put(YearMonth month, String profile, long block, List<LevelBlocks.Entry> entries, boolean exists) {
            try {
                if (entries.isEmpty()) {
                    if (exists) {
                        delete(month, profile, block);
                    }
                    return;
                }
                PreparedStatement ps = exists ? update : insert;
                ps.setInt(1, entries.size());
                ps.setBytes(2, LevelBlocks.encode(entries));
                ps.setString(3, month.toString());
                ps.setString(4, profile);
                ps.setLong(5, block);
                ps.addBatch();
                flushWhenFull();
            } catch (SQLException e) {
                throw Sql.unchecked(e);
            }
        }

        public void delete(YearMonth month, String profile, long block) {
            try {
                delete.setString(1, month.toString());
                delete.setString(2, profile);
                delete.setLong(3, block);
                delete.addBatch();
                flushWhenFull();
            } catch (SQLException e) {
                throw Sql.unchecked(e);
            }
        }

        private void flushWhenFull() throws SQLException {
            if (++pending >= 64) {
                flush();
            }
        }

        private void flush() throws SQLException {
            insert.executeBatch();
            update.executeBatch();
            delete.executeBatch();
            pending = 0;
        }

        /// Sends what is left and releases the statements.
        @Override
        public void close() {
            try {
                flush();
            } catch (SQLException e) {
                throw Sql.unchecked(e);
            } finally {
                for (PreparedStatement ps : List.of(insert, update, delete)) {
                    try {
                        ps.close();
                    } catch (SQLException ignored) {
                        // the flush's failure, if any, is the one reported
                    }
                }
            }
        }
    }

    static LevelRecord map(ResultSet rs) throws SQLException {
        return new LevelRecord(rs.getLong("creator_id"), YearMonth.parse(rs.getString("level_month")),
                LevelKind.valueOf(rs.getString("level_kind")), rs.getString("profile"), Sql.intOrNull(rs, "level"),
                rs.getString("diagnosis"), Sql.instant(rs, "computed_at"));
    }
}
