package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/// Levels by creator and month, official and projected, with diagnosis (R-LV-3).
public final class LevelRepository {

    private final Jdbi jdbi;

    LevelRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void saveAll(List<LevelRecord> records) {
        jdbi.useTransaction(h -> saveAll(h, records));
    }

    /// Replaces the (creator, month, kind) rows, so running a recompute twice gives the same rows.
    public static void saveAll(Handle h, List<LevelRecord> records) {
        var c = h.getConnection();
        try (var delete = c.prepareStatement("DELETE FROM creator_level WHERE creator_id = ? AND level_month = ? AND level_kind = ?");
             var insert = c.prepareStatement("INSERT INTO creator_level (creator_id, level_month, level_kind, profile, level, "
                     + "diagnosis, computed_at) VALUES (?,?,?,?,?,?,?)")) {
            for (LevelRecord r : records) {
                delete.setLong(1, r.creatorId());
                delete.setString(2, r.month().toString());
                delete.setString(3, r.kind().name());
                delete.addBatch();
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
            delete.executeBatch();
            insert.executeBatch();
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    /// A creator's levels, oldest month first, official before projected within a month.
    public List<LevelRecord> history(long creatorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM creator_level WHERE creator_id = :c "
                        + "ORDER BY level_month, level_kind").bind("c", creatorId).map((rs, ctx) -> map(rs)).list());
    }

    public long countForMonth(YearMonth month, LevelKind kind) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM creator_level WHERE level_month = :m AND level_kind = :k")
                .bind("m", month.toString()).bind("k", kind.name()).mapTo(Long.class).one());
    }

    /// Streams the rows of the given months on the caller's handle, in no particular order; the
    /// monthly recompute reads and writes in one transaction. `computedAt` is not read (null).
    public static void forMonths(Handle h, List<YearMonth> months, Consumer<LevelRecord> consumer) {
        if (months.isEmpty()) {
            return;
        }
        String marks = String.join(",", java.util.Collections.nCopies(months.size(), "?"));
        java.util.Map<String, YearMonth> byText = new java.util.HashMap<>();
        months.forEach(m -> byText.put(m.toString(), m));
        try (var ps = h.getConnection().prepareStatement("SELECT creator_id, level_month, level_kind, profile, level, "
                + "diagnosis FROM creator_level WHERE level_month IN (" + marks + ")")) {
            for (int i = 0; i < months.size(); i++) {
                ps.setString(i + 1, months.get(i).toString());
            }
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int level = rs.getInt(5);
                    consumer.accept(new LevelRecord(rs.getLong(1), byText.get(rs.getString(2)),
                            LevelKind.valueOf(rs.getString(3)), rs.getString(4), rs.wasNull() ? null : level,
                            rs.getString(6), null));
                }
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    /// Inserts rows known to be absent (no delete first, unlike [#saveAll(Handle, List)]).
    public static void insertBatch(Handle h, List<LevelRecord> records) {
        write(h, "INSERT INTO creator_level (creator_id, level_month, level_kind, profile, level, diagnosis, computed_at) "
                + "VALUES (?,?,?,?,?,?,?)", records);
    }

    /// Rewrites the profile, level, diagnosis and time of existing (creator, month, kind) rows.
    public static void updateBatch(Handle h, List<LevelRecord> records) {
        write(h, "UPDATE creator_level SET profile = ?, level = ?, diagnosis = ?, computed_at = ? "
                + "WHERE creator_id = ? AND level_month = ? AND level_kind = ?", records);
    }

    /// Deletes the (creator, month, kind) rows of these creators.
    public static void deleteBatch(Handle h, YearMonth month, LevelKind kind, long[] creatorIds) {
        try (var ps = h.getConnection().prepareStatement(
                "DELETE FROM creator_level WHERE creator_id = ? AND level_month = ? AND level_kind = ?")) {
            for (long id : creatorIds) {
                ps.setLong(1, id);
                ps.setString(2, month.toString());
                ps.setString(3, kind.name());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    /// Binds the key columns first for an INSERT and last for an UPDATE: an UPDATE that names
    /// the key columns makes H2 rewrite every index entry even when the values do not change.
    private static void write(Handle h, String sql, List<LevelRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        boolean update = sql.startsWith("UPDATE");
        int key = update ? 5 : 1;
        int data = update ? 1 : 4;
        try (var ps = h.getConnection().prepareStatement(sql)) {
            for (LevelRecord r : records) {
                ps.setLong(key, r.creatorId());
                ps.setString(key + 1, r.month().toString());
                ps.setString(key + 2, r.kind().name());
                ps.setString(data, r.profile());
                if (r.level() == null) {
                    ps.setNull(data + 1, Types.INTEGER);
                } else {
                    ps.setInt(data + 1, r.level());
                }
                ps.setString(data + 2, r.diagnosis());
                ps.setObject(data + 3, Sql.ts(r.computedAt() == null ? Instant.now() : r.computedAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    static LevelRecord map(ResultSet rs) throws SQLException {
        return new LevelRecord(rs.getLong("creator_id"), YearMonth.parse(rs.getString("level_month")),
                LevelKind.valueOf(rs.getString("level_kind")), rs.getString("profile"), Sql.intOrNull(rs, "level"),
                rs.getString("diagnosis"), Sql.instant(rs, "computed_at"));
    }
}
