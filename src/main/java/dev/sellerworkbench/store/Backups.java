package dev.sellerworkbench.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.h2.tools.Restore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Backups of a workspace: consistent online `BACKUP TO` zips in the workspace's `backups`
/// folder, written under a temporary name and renamed so a crash never leaves a broken one.
/// Each [Kind] keeps its own newest few, so clicking "Back up now" ten times never pushes out the
/// daily or pre-migration backups. Restoring keeps the replaced database file aside; set-aside
/// files older than [#SET_ASIDE_KEPT_FOR] are removed by [#cleanSetAside], except the newest of each sort.
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    static final String FOLDER = "backups";
    /// How long a database file replaced by a restore, or set aside as damaged, is kept.
    public static final Duration SET_ASIDE_KEPT_FOR = Duration.ofDays(30);
    static final String REPLACED = ".replaced-";
    static final String DAMAGED = ".damaged-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter PARSE_STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private Backups() {
    }

    /// Why a backup was taken; each kind is kept and pruned on its own. The token is the last
    /// part of the file name (`workspace-20261123-061500-123-daily.zip`).
    public enum Kind {
        /// Taken by the window at most once a day.
        DAILY("daily", 7),
        /// Taken just before the schema is migrated, so a failed update loses nothing.
        BEFORE_MIGRATION("before-migration", 3),
        /// "Back up now" in Settings, or the `backup` command.
        MANUAL("manual", 10);

        private final String token;
        private final int keep;

        Kind(String token, int keep) {
            this.token = token;
            this.keep = keep;
        }

        /// The part of the file name that names the kind; also used in `--json` and message keys.
        public String token() {
            return token;
        }

        /// How many of this kind are kept.
        public int keep() {
            return keep;
        }

        /// The kind a file name's token stands for. Backups written before kinds were kept apart
        /// already ended in `-manual`, `-daily` or `-migration`: `migration` is the old name of
        /// [#BEFORE_MIGRATION], so those files count towards their kind's limit like new ones.
        static Optional<Kind> ofToken(String token) {
            if (token.equals("migration")) {
                return Optional.of(BEFORE_MIGRATION);
            }
            for (Kind kind : values()) {
                if (kind.token.equals(token)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /// One backup file, when it was taken and why.
    public record Backup(Path file, Instant takenAt, Kind kind) {
    }

    public static Path folder(Path workspaceFolder) {
        return workspaceFolder.resolve(FOLDER);
    }

    /// Takes a backup of an open workspace now and prunes older backups of the same kind only.
    public static Backup take(Workspace workspace, Kind kind, Clock clock) {
        if (workspace.isTeam()) {
            throw new WorkspaceException("A team workspace is backed up on its server with the server's own tools "
                    + "(pg_dump or the company's database backup), or copied to a folder with \"workspace copy\"", null, "store.backup.teamOnServer");
        }
        Path dir = folder(workspace.folder());
        Instant now = clock.instant();
        Path target = dir.resolve("workspace-" + STAMP.format(now) + "-" + kind.token() + ".zip");
        Path temp = dir.resolve(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(temp);
            workspace.jdbi().useHandle(h -> h.execute("BACKUP TO '" + temp.toString().replace("'", "''") + "'"));
            moveAtomically(temp, target);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more to clean
            }
            throw new WorkspaceException("Could not write a backup to " + dir + ": " + e.getMessage(), e,
                    "store.backup.writeFailed", String.valueOf(dir));
        }
        prune(workspace.folder(), kind);
        return new Backup(target, now, kind);
    }

    /// The window's daily routine: removes old set-aside files, then takes a [Kind#DAILY] backup
    /// unless one was taken in the last day (backups of other kinds do not count: a manual one
    /// today is pruned by manual ones later). Returns the backup taken, if one was.
    public static Optional<Backup> daily(Workspace workspace, Clock clock) {
        if (workspace.isTeam()) {
            return Optional.empty(); // the server's own backups cover a team workspace
        }
        cleanSetAside(workspace.folder(), clock);
        Optional<Backup> newest = newest(workspace.folder(), Kind.DAILY);
        if (newest.isPresent() && !newest.get().takenAt().isBefore(clock.instant().minus(Duration.ofDays(1)))) {
            return Optional.empty();
        }
        return Optional.of(take(workspace, Kind.DAILY, clock));
    }

    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /// Deletes all but the newest [Kind#keep] backups of `kind`; a file that cannot be deleted is
    /// logged and left (the backup just written is good either way).
    private static void prune(Path workspaceFolder, Kind kind) {
        List<Backup> ofKind = list(workspaceFolder).stream().filter(b -> b.kind() == kind).toList();
        for (Backup old : ofKind.subList(Math.min(kind.keep(), ofKind.size()), ofKind.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.warn("Could not delete the old backup {}", old.file(), e);
            }
        }
    }

    /// The workspace's backups of every kind, newest first. Zips whose names this class did not
    /// write are neither listed nor ever deleted.
    public static List<Backup> list(Path workspaceFolder) {
        Path dir = folder(workspaceFolder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".zip")).toList()) {
                parse(file).ifPresent(backups::add);
            }
        } catch (IOException e) {
            LOG.warn("Could not list the backups in {}", dir, e);
            return List.of();
        }
        backups.sort(Comparator.comparing(Backup::takenAt).reversed());
        return backups;
    }

    private static Optional<Backup> parse(Path file) {
        String name = file.getFileName().toString();
        // workspace-20261123-061500-123-manual.zip
        String[] parts = name.substring(0, name.length() - 4).split("-", 5);
        if (parts.length < 5 || !parts[0].equals("workspace")) {
            return Optional.empty();
        }
        Optional<Instant> at = stamp(parts[1] + parts[2] + parts[3]);
        Optional<Kind> kind = Kind.ofToken(parts[4]);
        if (at.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Backup(file, at.get(), kind.get()));
    }

    private static Optional<Instant> stamp(String digits) {
        try {
            return Optional.of(LocalDateTime.parse(digits, PARSE_STAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /// The newest backup of `kind`, if any.
    public static Optional<Backup> newest(Path workspaceFolder, Kind kind) {
        return list(workspaceFolder).stream().filter(b -> b.kind() == kind).findFirst();
    }

    /// The newest backup, if any.
    public static Optional<Backup> newest(Path workspaceFolder) {
        return list(workspaceFolder).stream().findFirst();
    }

    /// Replaces the (closed) workspace in `workspaceFolder` by the backup `zip`. The database file
    /// it replaces is kept beside it as `workspace.mv.db.replaced-<time>`; returns that file, or
    /// null when there was none.
    public static Path restore(Path workspaceFolder, Path zip, Clock clock) {
        Path folder = workspaceFolder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(zip)) {
            throw new WorkspaceException("No backup file at " + zip, null, "store.backup.missing", String.valueOf(zip));
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the workspace folder " + folder + ": " + e.getMessage(), e,
                    "store.workspace.cannotCreate", String.valueOf(folder));
        }
        OwnerLock lock = OwnerLock.acquire(folder);
        try {
            Path db = folder.resolve(Workspace.DB_NAME + ".mv.db");
            Path aside = null;
            if (Files.exists(db)) {
                aside = folder.resolve(Workspace.DB_NAME + ".mv.db" + REPLACED + STAMP.format(clock.instant()));
                Files.move(db, aside);
            }
            Files.deleteIfExists(folder.resolve(Workspace.DB_NAME + ".trace.db"));
            try {
                Restore.execute(zip.toString(), folder.toString(), Workspace.DB_NAME);
            } catch (RuntimeException e) {
                if (aside != null) {
                    Files.move(aside, db, StandardCopyOption.REPLACE_EXISTING);
                }
                throw e;
            }
            if (!Files.exists(db)) {
                if (aside != null) {
                    Files.move(aside, db);
                }
                throw new WorkspaceException("The file " + zip + " holds no workspace database; nothing was changed.", null,
                        "store.backup.noDatabase", String.valueOf(zip));
            }
            return aside;
        } catch (IOException e) {
            throw new WorkspaceException("Could not restore " + zip + " into " + folder + ": " + e.getMessage(), e,
                    "store.backup.restoreFailed", String.valueOf(zip), String.valueOf(folder));
        } finally {
            lock.release();
        }
    }

    /// Keeps a database that cannot be opened aside so a backup can take its place; it is removed
    /// by [#cleanSetAside] after [#SET_ASIDE_KEPT_FOR] unless it is the newest damaged file.
    public static Path setAside(Path workspaceFolder, Clock clock) throws IOException {
        Path db = workspaceFolder.resolve(Workspace.DB_NAME + ".mv.db");
        Path aside = workspaceFolder.resolve(Workspace.DB_NAME + ".mv.db" + DAMAGED + STAMP.format(clock.instant()));
        Files.move(db, aside);
        return aside;
    }

    /// Deletes database files set aside by a restore (`.replaced-…`) or as damaged (`.damaged-…`)
    /// more than [#SET_ASIDE_KEPT_FOR] before `clock`'s now, judged by the time in their name
    /// (a move keeps the file's own modification time, which says nothing about when it was set
    /// aside). The newest file of each sort is always kept, however old, so the last state before
    /// a restore or a recovery can still be looked at. Returns the files deleted.
    public static List<Path> cleanSetAside(Path workspaceFolder, Clock clock) {
        List<Path> deleted = new ArrayList<>();
        Instant cutoff = clock.instant().minus(SET_ASIDE_KEPT_FOR);
        for (String sort : List.of(REPLACED, DAMAGED)) {
            String prefix = Workspace.DB_NAME + ".mv.db" + sort;
            record Aside(Path file, Instant at) {
            }
            List<Aside> files = new ArrayList<>();
            try (Stream<Path> all = Files.list(workspaceFolder)) {
                for (Path file : all.toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(prefix) && Files.isRegularFile(file)) {
                        stamp(name.substring(prefix.length()).replace("-", "")).ifPresent(at -> files.add(new Aside(file, at)));
                    }
                }
            } catch (IOException e) {
                LOG.warn("Could not look for set-aside files in {}", workspaceFolder, e);
                return deleted;
            }
            files.sort(Comparator.comparing(Aside::at).reversed());
            for (Aside old : files.subList(Math.min(1, files.size()), files.size())) {
                if (old.at().isBefore(cutoff)) {
                    try {
                        Files.deleteIfExists(old.file());
                        deleted.add(old.file());
                    } catch (IOException e) {
                        LOG.warn("Could not delete the set-aside file {}", old.file(), e);
                    }
                }
            }
        }
        return deleted;
    }
}
