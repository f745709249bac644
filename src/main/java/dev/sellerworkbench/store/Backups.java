package dev.sellerworkbench.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.h2.tools.Restore;

/// Backups of a workspace: consistent online `BACKUP TO` zips in the workspace's `backups`
/// folder, written under a temporary name and renamed so a crash never leaves a broken one;
/// the newest [#KEEP] are kept. Restoring keeps the replaced database file aside.
public final class Backups {

    public static final int KEEP = 10;
    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /// One backup file and when it was taken.
    public record Backup(Path file, Instant takenAt, String reason) {
    }

    public static Path folder(Path workspaceFolder) {
        return workspaceFolder.resolve(FOLDER);
    }

    /// Takes a backup of an open workspace now; `reason` names it (manual, daily, migration).
    public static Backup take(Workspace workspace, String reason, Clock clock) {
        if (workspace.isTeam()) {
            throw new WorkspaceException("A team workspace is backed up on its server with the server's own tools "
                    + "(pg_dump or the company's database backup), or copied to a folder with \"workspace copy\"", null);
        }
        Path dir = folder(workspace.folder());
        Instant now = clock.instant();
        Path target = dir.resolve("workspace-" + STAMP.format(now) + "-" + reason + ".zip");
        Path temp = dir.resolve(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(temp);
            workspace.jdbi().useHandle(h -> h.execute("BACKUP TO '" + temp.toString().replace("'", "''") + "'"));
            moveAtomically(temp, target);
            rotate(dir);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more to clean
            }
            throw new WorkspaceException("Could not write a backup to " + dir + ": " + e.getMessage(), e);
        }
        return new Backup(target, now, reason);
    }

    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void rotate(Path dir) throws IOException {
        List<Backup> all = list(dir.getParent());
        for (int i = KEEP; i < all.size(); i++) {
            Files.deleteIfExists(all.get(i).file());
        }
    }

    /// The workspace's backups, newest first.
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
        try {
            Instant at = java.time.LocalDateTime.parse(parts[1] + parts[2] + parts[3],
                    DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")).toInstant(ZoneOffset.UTC);
            return Optional.of(new Backup(file, at, parts[4]));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
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
            throw new WorkspaceException("No backup file at " + zip, null);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the workspace folder " + folder + ": " + e.getMessage(), e);
        }
        OwnerLock lock = OwnerLock.acquire(folder);
        try {
            Path db = folder.resolve(Workspace.DB_NAME + ".mv.db");
            Path aside = null;
            if (Files.exists(db)) {
                aside = folder.resolve(Workspace.DB_NAME + ".mv.db.replaced-" + STAMP.format(clock.instant()));
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
                throw new WorkspaceException("The file " + zip + " holds no workspace database; nothing was changed.", null);
            }
            return aside;
        } catch (IOException e) {
            throw new WorkspaceException("Could not restore " + zip + " into " + folder + ": " + e.getMessage(), e);
        } finally {
            lock.release();
        }
    }

    /// Keeps a database that cannot be opened aside (never deleted) so a backup can take its place.
    public static Path setAside(Path workspaceFolder, Clock clock) throws IOException {
        Path db = workspaceFolder.resolve(Workspace.DB_NAME + ".mv.db");
        Path aside = workspaceFolder.resolve(Workspace.DB_NAME + ".mv.db.damaged-" + STAMP.format(clock.instant()));
        Files.move(db, aside);
        return aside;
    }

}
