package dev.sellerworkbench.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/// Recognises the failures a user can do something about — a full disk, a read-only folder —
/// anywhere in a chain of causes, so the window and the commands can say so plainly instead of
/// showing a database message.
public final class StoreErrors {

    /// What went wrong, as a message key of the `messages` bundle family.
    public enum Kind {
        DISK_FULL("error.diskFull"), READ_ONLY("error.readOnly"),
        /// The team workspace's server does not answer; the argument is its address.
        UNREACHABLE("error.unreachable"),
        /// The connection dropped while a commit was on its way: saved or not is unknown.
        COMMIT_UNKNOWN("error.commitUnknown");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private StoreErrors() {
    }

    public static Optional<Kind> classify(Throwable error) {
        java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        pending.add(error);
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            java.util.List<Throwable> next = new java.util.ArrayList<>(java.util.Arrays.asList(t.getSuppressed()));
            next.add(t.getCause());
            if (t instanceof SQLException sql) {
                next.add(sql.getNextException());
            }
            next.stream().filter(java.util.Objects::nonNull).forEach(pending::add);
            if (t instanceof CommitUnknownException) {
                return Optional.of(Kind.COMMIT_UNKNOWN);
            }
            if (t instanceof WorkspaceUnreachableException || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.net.ConnectException
                    || (t instanceof SQLException sql && sql.getSQLState() != null
                        // 08: connection exception; 57P01–57P03: the server shut down or is starting
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))) {
                return Optional.of(Kind.UNREACHABLE);
            }
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("no space left on device") || text.contains("disk full") || text.contains("enospc")) {
                return Optional.of(Kind.DISK_FULL);
            }
            if (t instanceof AccessDeniedException || text.contains("read-only file system")
                    || text.contains("permission denied")
                    || (t instanceof SQLException sql && sql.getErrorCode() == 90097)) {
                return Optional.of(Kind.READ_ONLY);
            }
            if (t instanceof FileSystemException fs && fs.getReason() != null
                    && fs.getReason().toLowerCase(Locale.ROOT).contains("read-only")) {
                return Optional.of(Kind.READ_ONLY);
            }
        }
        return Optional.empty();
    }
}
