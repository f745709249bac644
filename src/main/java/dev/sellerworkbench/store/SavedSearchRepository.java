package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.SavedSearch;
import java.io.ByteArrayOutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/// Named Find Creators searches (R-OUT-5), with the creator ids each matched when last opened,
/// kept as sorted ids in delta-encoded varints (a few bytes per creator).
public final class SavedSearchRepository {

    private final Jdbi jdbi;

    SavedSearchRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /// Saves a new search with the ids it matches now as already seen; empty when the name is taken.
    public Optional<Long> create(String name, String query, long[] matched, Instant now) {
        return Transactions.inTransaction(jdbi, h -> {
            if (h.createQuery("SELECT COUNT(*) FROM saved_search WHERE name = :n").bind("n", name)
                    .mapTo(Integer.class).one() > 0) {
                return Optional.<Long>empty();
            }
            return Optional.of(h.createUpdate("INSERT INTO saved_search (name, query, created_at, last_opened_at, "
                            + "seen_count, seen_ids) VALUES (:n, :q, :at, :at, :k, :ids)")
                    .bind("n", name).bind("q", query).bind("at", Sql.ts(now)).bind("k", matched.length)
                    .bind("ids", encode(matched))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        });
    }

    public List<SavedSearch> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, query, created_at, last_opened_at, seen_count "
                + "FROM saved_search ORDER BY name").map((rs, ctx) -> search(rs)).list());
    }

    public Optional<SavedSearch> byName(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, query, created_at, last_opened_at, seen_count "
                + "FROM saved_search WHERE name = :n").bind("n", name).map((rs, ctx) -> search(rs)).findOne());
    }

    /// The ids the search matched when it was last opened, sorted.
    public long[] seen(long id) {
        byte[] bytes = jdbi.withHandle(h -> h.createQuery("SELECT seen_ids FROM saved_search WHERE id = :id")
                .bind("id", id).mapTo(byte[].class).findOne().orElse(null));
        return decode(bytes);
    }

    /// Records that the search was opened at `now` and matched `matched`.
    public void opened(long id, long[] matched, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE saved_search SET last_opened_at = :at, seen_count = :k, "
                        + "seen_ids = :ids WHERE id = :id")
                .bind("at", Sql.ts(now)).bind("k", matched.length).bind("ids", encode(matched)).bind("id", id)
                .execute());
    }

    /// Renames a search; false when another search has that name.
    public boolean rename(long id, String name) {
        return Transactions.inTransaction(jdbi, h -> {
            if (h.createQuery("SELECT COUNT(*) FROM saved_search WHERE name = :n AND id <> :id").bind("n", name)
                    .bind("id", id).mapTo(Integer.class).one() > 0) {
                return false;
            }
            h.createUpdate("UPDATE saved_search SET name = :n WHERE id = :id").bind("n", name).bind("id", id)
                    .execute();
            return true;
        });
    }

    /// Replaces the query of a search (its seen ids stay: what is new is counted against them).
    public void updateQuery(long id, String query) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE saved_search SET query = :q WHERE id = :id").bind("q", query)
                .bind("id", id).execute());
    }

    public void delete(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM saved_search WHERE id = :id").bind("id", id).execute());
    }

    private static SavedSearch search(ResultSet rs) throws SQLException {
        return new SavedSearch(rs.getLong("id"), rs.getString("name"), rs.getString("query"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "last_opened_at"), rs.getInt("seen_count"));
    }

    /// Sorted ids as unsigned LEB128 varints of the gaps between them.
    static byte[] encode(long[] ids) {
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        ByteArrayOutputStream out = new ByteArrayOutputStream(sorted.length * 2 + 1);
        long previous = 0;
        for (long id : sorted) {
            long gap = id - previous;
            previous = id;
            while ((gap & ~0x7FL) != 0) {
                out.write((int) ((gap & 0x7F) | 0x80));
                gap >>>= 7;
            }
            out.write((int) gap);
        }
        return out.toByteArray();
    }

    static long[] decode(byte[] bytes) {
        if (bytes == null) {
            return new long[0];
        }
        long[] ids = new long[bytes.length];
        int n = 0;
        long previous = 0;
        int i = 0;
        while (i < bytes.length) {
            long gap = 0;
            int shift = 0;
            int b;
            do {
                b = bytes[i++] & 0xFF;
                gap |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0 && i < bytes.length);
            previous += gap;
            ids[n++] = previous;
        }
        return Arrays.copyOf(ids, n);
    }
}
