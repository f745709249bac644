package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/// The audit log: every decision, who made it and when (R-AP-4).
public final class AuditRepository {

    private final Jdbi jdbi;

    AuditRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long record(AuditEntry entry) {
        return jdbi.withHandle(h -> record(h, entry));
    }

    /// One step of an entity's history: which action, with which note.
    public record Step(String entityId, String action, String note) {
    }

    /// The steps with one of `actions` taken on the entities `entityIds` of `entity`, oldest first.
    public List<Step> steps(String entity, java.util.Collection<String> entityIds, java.util.Collection<String> actions) {
        if (entityIds.isEmpty() || actions.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT entity_id, action, note FROM audit_log WHERE entity = :e "
                        + "AND action IN (<actions>) AND entity_id IN (<ids>) ORDER BY id")
                .bind("e", entity).bindList("actions", List.copyOf(actions)).bindList("ids", List.copyOf(entityIds))
                .map((rs, ctx) -> new Step(rs.getString("entity_id"), rs.getString("action"), rs.getString("note")))
                .list());
    }

    /// Records within the caller's transaction, so a decision and its audit entry commit together.
    public static long record(Handle h, AuditEntry e) {
        return h.createUpdate("INSERT INTO audit_log (at, actor, entity, entity_id, action, from_status, to_status, note) "
                        + "VALUES (:at, :actor, :entity, :entityId, :action, :from, :to, :note)")
                .bind("at", Sql.ts(e.at() == null ? Instant.now() : e.at())).bind("actor", e.actor())
                .bind("entity", e.entity()).bind("entityId", e.entityId()).bind("action", e.action())
                .bind("from", e.fromStatus()).bind("to", e.toStatus()).bind("note", e.note())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public List<AuditEntry> forEntity(String entity, String entityId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log WHERE entity = :e AND entity_id = :id ORDER BY at, id")
                .bind("e", entity).bind("id", entityId).map((rs, ctx) -> map(rs)).list());
    }

    /// The newest entry about one row: who changed it last, how and when. Newest by id, the order
    /// the database wrote them in: desktops' clocks may disagree by minutes.
    public java.util.Optional<AuditEntry> latest(String entity, String entityId) {
        return jdbi.withHandle(h -> latest(h, entity, entityId));
    }

    public static java.util.Optional<AuditEntry> latest(Handle h, String entity, String entityId) {
        return h.createQuery("SELECT * FROM audit_log WHERE entity = :e AND entity_id = :id ORDER BY id DESC LIMIT 1")
                .bind("e", entity).bind("id", entityId).map((rs, ctx) -> map(rs)).findOne();
    }

    /// Entries written at or after `from` (every entry when null) with an id above `afterId`, in the
    /// order they were written (by id), one page: an export walks the whole log page by page.
    public List<AuditEntry> page(Instant from, long afterId, int limit) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT * FROM audit_log WHERE id > :after" + (from == null ? "" : " AND at >= :from")
                            + " ORDER BY id LIMIT :n")
                    .bind("after", afterId).bind("n", limit);
            if (from != null) {
                query.bind("from", Sql.ts(from));
            }
            return query.map((rs, ctx) -> map(rs)).list();
        });
    }

    public List<AuditEntry> recent(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log ORDER BY at DESC, id DESC LIMIT :n")
                .bind("n", limit).map((rs, ctx) -> map(rs)).list());
    }

    static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Sql.instant(rs, "at"), rs.getString("actor"), rs.getString("entity"),
                rs.getString("entity_id"), rs.getString("action"), rs.getString("from_status"),
                rs.getString("to_status"), rs.getString("note"));
    }
}
