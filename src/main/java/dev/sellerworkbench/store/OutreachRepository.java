package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.OutreachEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/// The outreach log (R-OUT-1): one row per message, link, CSV row or QR page that went out to a
/// creator. Rows are only added, inside the transaction that marks the invitation sent.
public final class OutreachRepository {

    private final Jdbi jdbi;

    OutreachRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /// Adds one entry inside the caller's transaction.
    public static void record(Handle h, long creatorId, Long planId, String channel, Instant at, String actor) {
        h.createUpdate("INSERT INTO outreach_log (creator_id, plan_id, channel, sent_at, actor) "
                        + "VALUES (:c, :p, :ch, :at, :who)")
                .bind("c", creatorId).bind("p", planId).bind("ch", channel).bind("at", Sql.ts(at))
                .bind("who", actor.length() > 200 ? actor.substring(0, 200) : actor).execute();
    }

    /// The newest entries first, at most `limit`.
    public List<OutreachEntry> latest(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM outreach_log ORDER BY sent_at DESC, id DESC")
                .setMaxRows(limit).map((rs, ctx) -> entry(rs)).list());
    }

    /// Every entry to one creator, newest first.
    public List<OutreachEntry> forCreator(long creatorId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM outreach_log WHERE creator_id = :c ORDER BY sent_at DESC, id DESC")
                .bind("c", creatorId).map((rs, ctx) -> entry(rs)).list());
    }

    /// How many entries were written at or after `since`.
    public int countSince(Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outreach_log WHERE sent_at >= :s")
                .bind("s", Sql.ts(since)).mapTo(Integer.class).one());
    }

    /// Each contacted creator's latest outreach.
    public Map<Long, Instant> lastContacted() {
        return jdbi.withHandle(h -> {
            Map<Long, Instant> last = new HashMap<>();
            h.createQuery("SELECT creator_id, MAX(sent_at) last_at FROM outreach_log GROUP BY creator_id")
                    .map((rs, ctx) -> {
                        last.put(rs.getLong("creator_id"), Sql.instant(rs, "last_at"));
                        return null;
                    }).forEach(x -> { });
            return last;
        });
    }

    /// The latest outreach per creator of one plan.
    public Map<Long, Instant> lastContacted(long planId) {
        return jdbi.withHandle(h -> {
            Map<Long, Instant> last = new HashMap<>();
            h.createQuery("SELECT creator_id, MAX(sent_at) last_at FROM outreach_log WHERE plan_id = :p "
                            + "GROUP BY creator_id")
                    .bind("p", planId)
                    .map((rs, ctx) -> {
                        last.put(rs.getLong("creator_id"), Sql.instant(rs, "last_at"));
                        return null;
                    }).forEach(x -> { });
            return last;
        });
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outreach_log").mapTo(Integer.class).one());
    }

    private static OutreachEntry entry(ResultSet rs) throws SQLException {
        long plan = rs.getLong("plan_id");
        Long planId = rs.wasNull() ? null : plan;
        return new OutreachEntry(rs.getLong("id"), rs.getLong("creator_id"), planId, rs.getString("channel"),
                Sql.instant(rs, "sent_at"), rs.getString("actor"));
    }
}
