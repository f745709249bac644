package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.AuditEntry;
import java.time.Instant;
import java.util.Optional;

/// Level rule profiles kept in the workspace (table `level_profile`, V10): the JSON document of
/// each installed or edited profile, with a version against lost updates. Every save and reset is
/// audited in the same transaction. A profile without a row is the shipped one.
public final class LevelProfileRepository {

    /// A stored profile document.
    public record Stored(String id, String body, int version, Instant savedAt, String savedBy) {
    }

    private final Workspace workspace;

    public LevelProfileRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    public Optional<Stored> find(String id) {
        return workspace.jdbi().withHandle(h -> h.createQuery(
                        "SELECT id, body, version, saved_at, saved_by FROM level_profile WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Stored(rs.getString("id"), rs.getString("body"), rs.getInt("version"),
                        Sql.instant(rs, "saved_at"), rs.getString("saved_by")))
                .findOne());
    }

    /// Stores `body` as profile `id` if nobody changed it since it was read at `readAtVersion`
    /// (null: it was not stored then). Returns false, writing nothing, when a colleague was first.
    public boolean save(String id, String body, Integer readAtVersion, String actor, Instant at) {
        return Transactions.inTransaction(workspace.jdbi(), h -> {
            int written;
            if (readAtVersion == null) {
                boolean exists = h.createQuery("SELECT COUNT(*) FROM level_profile WHERE id = :id").bind("id", id)
                        .mapTo(Integer.class).one() > 0;
                written = exists ? 0 : h.createUpdate("INSERT INTO level_profile (id, body, version, saved_at, saved_by) "
                                + "VALUES (:id, :body, 0, :at, :by)")
                        .bind("id", id).bind("body", body).bind("at", Sql.ts(at)).bind("by", actor).execute();
            } else {
                written = h.createUpdate("UPDATE level_profile SET body = :body, version = version + 1, saved_at = :at, "
                                + "saved_by = :by WHERE id = :id AND version = :version")
                        .bind("id", id).bind("body", body).bind("at", Sql.ts(at)).bind("by", actor)
                        .bind("version", readAtVersion).execute();
            }
            if (written == 1) {
                AuditRepository.record(h, new AuditEntry(0, at, actor, "level_profile", id, "SET", null, null, null));
            }
            return written == 1;
        });
    }

    /// Removes the stored profile, so the shipped one applies again; audited. False when none was stored.
    public boolean delete(String id, String actor, Instant at) {
        return Transactions.inTransaction(workspace.jdbi(), h -> {
            int deleted = h.createUpdate("DELETE FROM level_profile WHERE id = :id").bind("id", id).execute();
            if (deleted == 1) {
                AuditRepository.record(h, new AuditEntry(0, at, actor, "level_profile", id, "RESET", null, null, null));
            }
            return deleted == 1;
        });
    }
}
