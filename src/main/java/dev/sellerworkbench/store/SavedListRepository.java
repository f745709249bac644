package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.SavedList;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/// Named lists of saved creators (R-CR-5).
public final class SavedListRepository {

    private final Jdbi jdbi;

    SavedListRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long create(String name) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO saved_list (name, created_at) VALUES (:n, :at)")
                .bind("n", name).bind("at", Sql.ts(Instant.now()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public void rename(long id, String name) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE saved_list SET name = :n WHERE id = :id").bind("n", name)
                .bind("id", id).execute());
    }

    public void delete(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM saved_list WHERE id = :id").bind("id", id).execute());
    }

    /// Adds creators to a list in one transaction; creators already on it are left as they are.
    public void add(long listId, Collection<Long> creatorIds) {
        Transactions.useTransaction(jdbi, h -> {
            for (long creatorId : creatorIds) {
                int present = h.createQuery("SELECT COUNT(*) FROM saved_list_member WHERE list_id = :l AND creator_id = :c")
                        .bind("l", listId).bind("c", creatorId).mapTo(Integer.class).one();
                if (present == 0) {
                    h.createUpdate("INSERT INTO saved_list_member (list_id, creator_id, added_at) VALUES (:l, :c, :at)")
                            .bind("l", listId).bind("c", creatorId).bind("at", Sql.ts(Instant.now())).execute();
                }
            }
        });
    }

    public void remove(long listId, Collection<Long> creatorIds) {
        if (creatorIds.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM saved_list_member WHERE list_id = :l AND creator_id IN (<ids>)")
                .bind("l", listId).bindList("ids", List.copyOf(creatorIds)).execute());
    }

    public List<Long> members(long listId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT creator_id FROM saved_list_member WHERE list_id = :l ORDER BY added_at, creator_id")
                .bind("l", listId).mapTo(Long.class).list());
    }

    public List<SavedList> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT l.id, l.name, l.created_at, "
                        + "(SELECT COUNT(*) FROM saved_list_member m WHERE m.list_id = l.id) n FROM saved_list l ORDER BY l.name")
                .map((rs, ctx) -> new SavedList(rs.getLong("id"), rs.getString("name"), Sql.instant(rs, "created_at"),
                        rs.getInt("n"))).list());
    }

    public List<SavedList> listsOf(long creatorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT l.id, l.name, l.created_at, 0 n FROM saved_list l "
                        + "JOIN saved_list_member m ON m.list_id = l.id WHERE m.creator_id = :c ORDER BY l.name")
                .bind("c", creatorId).map((rs, ctx) -> new SavedList(rs.getLong("id"), rs.getString("name"),
                        Sql.instant(rs, "created_at"), rs.getInt("n"))).list());
    }
}
