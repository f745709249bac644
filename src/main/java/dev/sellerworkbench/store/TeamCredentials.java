package dev.sellerworkbench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// The user name and password of a team workspace. They come from `SW_PG_USER`/`SW_PG_PASSWORD`,
/// else from a file only the user can read (`~/.config/seller-workbench/pgpass`, one
/// `host:port:database:user:password` line per server, the format PostgreSQL's own tools use),
/// else from the window's prompt. They are never written to the preferences.
public record TeamCredentials(String user, String password) {

    public static final String USER_ENV = "SW_PG_USER";
    public static final String PASSWORD_ENV = "SW_PG_PASSWORD";

    public TeamCredentials {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("A team workspace needs a user name");
        }
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "TeamCredentials[user=" + user + ", password=***]";
    }

    /// `~/.config/seller-workbench/pgpass` (or under `$XDG_CONFIG_HOME`; `%APPDATA%` on Windows);
    /// the system property `sw.pgpass` names another file.
    public static Path defaultFile() {
        String chosen = System.getProperty("sw.pgpass");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming"))
                    .resolve("SellerWorkbench").resolve("pgpass.conf");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return config.resolve("seller-workbench").resolve("pgpass");
    }

    /// The credentials for `address`: the environment first, then the user's file.
    public static Optional<TeamCredentials> find(WorkspaceAddress.Team address, Map<String, String> env, Path file) {
        String user = env.get(USER_ENV);
        if (user != null && !user.isBlank()) {
            return Optional.of(new TeamCredentials(user, env.getOrDefault(PASSWORD_ENV, "")));
        }
        return read(address, file);
    }

    /// The first line of `file` matching the address (`*` matches anything, as in PostgreSQL's
    /// pgpass). A file others can read is refused rather than trusted.
    public static Optional<TeamCredentials> read(WorkspaceAddress.Team address, Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (readableByOthers(file)) {
            throw new WorkspaceException("The password file " + file + " can be read by other users of this "
                    + "computer; make it private (chmod 600) and try again", null,
                    "store.credentials.notPrivate", String.valueOf(file));
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() == 5 && matches(f.get(0), address.host()) && matches(f.get(1), String.valueOf(address.port()))
                        && matches(f.get(2), address.database())) {
                    return Optional.of(new TeamCredentials(f.get(3), f.get(4)));
                }
            }
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read the password file " + file + ": " + e.getMessage(), e,
                    "store.credentials.cannotRead", String.valueOf(file));
        }
        return Optional.empty();
    }

    /// Saves these credentials for `address` in `file`, replacing an earlier line for the same
    /// server and database. The file is created readable and writable by the user alone.
    public void save(WorkspaceAddress.Team address, Path file) {
        try {
            Files.createDirectories(file.getParent());
            List<String> kept = new ArrayList<>();
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    List<String> f = fields(line);
                    boolean same = f.size() == 5 && f.get(0).equals(address.host())
                            && f.get(1).equals(String.valueOf(address.port())) && f.get(2).equals(address.database());
                    if (!same) {
                        kept.add(line);
                    }
                }
            }
            kept.add(escape(address.host()) + ":" + address.port() + ":" + escape(address.database()) + ":"
                    + escape(user) + ":" + escape(password));
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            if (posix()) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(temp, kept, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot save the password file " + file + ": " + e.getMessage(), e,
                    "store.credentials.cannotSave", String.valueOf(file));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    static boolean readableByOthers(Path file) {
        if (!posix()) {
            return false;
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /// Splits a pgpass line on unescaped colons; `\:` and `\\` stand for themselves.
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (c == ':') {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace(":", "\\:");
    }
}
