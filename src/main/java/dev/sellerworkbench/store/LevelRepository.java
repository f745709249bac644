package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
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

    static LevelRecord map(ResultSet rs) throws SQLException {
        return new LevelRecord(rs.getLong("creator_id"), YearMonth.parse(rs.getString("level_month")),
                LevelKind.valueOf(rs.getString("level_kind")), rs.getString("profile"), Sql.intOrNull(rs, "level"),
                rs.getString("diagnosis"), Sql.instant(rs, "computed_at"));
    }
}
