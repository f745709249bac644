package dev.sellerworkbench.store;

import org.jdbi.v3.core.Handle;

/// Settings of an H2 session for one long run over a whole table (the level recompute): results
/// streamed rather than read whole, and a page cache large enough that a million-row transaction
/// does not evict and re-read its own pages at commit. Each is put back when the run ends.
public final class BulkSessions {

    private BulkSessions() {
    }

    /// Streams query results instead of reading them whole (H2's lazy execution), or stops doing so.
    public static void lazy(Handle h, boolean on) {
        h.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
    }

    /// Raises H2's page cache to `wantedKb` when it is smaller; returns the size to put back with
    /// [#restoreCache], or 0 when the cache was left as it was.
    public static long raiseCache(Handle h, long wantedKb) {
        long currentKb = h.createQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'").mapTo(Long.class).findOne().orElse(16L) * 1024;
        if (wantedKb <= currentKb) {
            return 0;
        }
        h.execute("SET CACHE_SIZE " + wantedKb);
        return currentKb;
    }

    /// Puts back the cache size [#raiseCache] returned; 0 does nothing.
    public static void restoreCache(Handle h, long kb) {
        if (kb > 0) {
            h.execute("SET CACHE_SIZE " + kb);
        }
    }
}
