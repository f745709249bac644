package dev.sellerworkbench.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/// Where a workspace lives: a local folder holding an H2 file (the default), or a team workspace
/// on a PostgreSQL server named `postgresql://host:port/database`.
public sealed interface WorkspaceAddress {

    int DEFAULT_PORT = 5432;

    /// What the title bar and the commands show: the folder, or the server URL without credentials.
    String display();

    /// A local H2 workspace in a folder.
    record Folder(Path path) implements WorkspaceAddress {
        @Override
        public String display() {
            return path.toAbsolutePath().normalize().toString();
        }
    }

    /// A team workspace: a database on a PostgreSQL server shared by several desktops.
    record Team(String host, int port, String database) implements WorkspaceAddress {
        public Team {
            if (host == null || host.isBlank() || database == null || database.isBlank()) {
                throw new IllegalArgumentException("A team workspace needs a host and a database name");
            }
            if (port <= 0 || port > 65_535) {
                throw new IllegalArgumentException("Port " + port + " is out of range");
            }
        }

        @Override
        public String display() {
            return "postgresql://" + host + ":" + port + "/" + database;
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    static boolean isTeam(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://")
                || lower.startsWith("jdbc:postgresql://");
    }

    /// Reads a `--workspace` value: a `postgresql://host[:port]/database` URL, else a folder.
    /// Credentials in the URL are refused: they would end up in shell history and preferences.
    static WorkspaceAddress parse(String text) {
        if (!isTeam(text)) {
            return new Folder(Path.of(text));
        }
        String trimmed = text.trim();
        String plain = trimmed.regionMatches(true, 0, "jdbc:", 0, 5) ? trimmed.substring(5) : trimmed;
        URI uri;
        try {
            uri = URI.create(plain);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a workspace URL: " + text, e);
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("Leave the user name and password out of the workspace URL; "
                    + "set SW_PG_USER and SW_PG_PASSWORD or save them from Settings");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (uri.getHost() == null || database.isBlank() || database.contains("/")) {
            throw new IllegalArgumentException("A team workspace URL looks like postgresql://host:5432/database, not " + text);
        }
        return new Team(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database);
    }
}
