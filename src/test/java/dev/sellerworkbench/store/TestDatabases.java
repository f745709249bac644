package dev.sellerworkbench.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/// The two databases the repository suite runs against: an H2 folder, and a fresh database on one
/// PostgreSQL server shared by the whole test run. The server is the one in `PG_URL` (with
/// `PG_USER`/`PG_PASSWORD`) when set, else an embedded PostgreSQL started on first use and
/// stopped when the JVM exits.
public final class TestDatabases {

    /// Which database a test runs against.
    public enum Vendor {
        H2, POSTGRESQL
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;

    private TestDatabases() {
    }

    /// A new, empty workspace on `vendor`; `dir` holds the H2 one.
    public static Workspace open(Vendor vendor, Path dir) {
        return vendor == Vendor.H2 ? Workspace.open(dir) : Workspace.open(newDatabase(), credentials());
    }

    /// A new, empty PostgreSQL database on the shared server.
    public static WorkspaceAddress.Team newDatabase() {
        Server s = server();
        String name = "sw_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + s.host + ":" + s.port + "/" + s.adminDb,
                s.user, s.password); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + s.host + ":" + s.port, e);
        }
        return new WorkspaceAddress.Team(s.host, s.port, name);
    }

    public static TeamCredentials credentials() {
        Server s = server();
        return new TeamCredentials(s.user, s.password);
    }

    private record Server(String host, int port, String adminDb, String user, String password) {
    }

    private static synchronized Server server() {
        if (server != null) {
            return server;
        }
        String url = System.getenv("PG_URL");
        if (url != null && !url.isBlank()) {
            WorkspaceAddress.Team team = (WorkspaceAddress.Team) WorkspaceAddress.parse(url);
            server = new Server(team.host(), team.port(), team.database(),
                    System.getenv().getOrDefault("PG_USER", "postgres"), System.getenv().getOrDefault("PG_PASSWORD", ""));
            usePasswordFile(server);
            return server;
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(freePort()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is going anyway
                }
            }));
            server = new Server("localhost", pg.getPort(), "postgres", "postgres", "");
            usePasswordFile(server);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL for the tests", e);
        }
    }

    /// Commands run in the tests (`--workspace postgresql://…`) find the server's login in a private
    /// password file, as a desktop would.
    private static void usePasswordFile(Server s) {
        try {
            Path dir = java.nio.file.Files.createTempDirectory("sw-pgpass");
            Path file = dir.resolve("pgpass");
            new TeamCredentials(s.user, s.password).save(new WorkspaceAddress.Team(s.host, s.port, "*"), file);
            System.setProperty("sw.pgpass", file.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /// A free port below 32768, away from the range the system hands out for outgoing connections.
    private static int freePort() throws IOException {
        for (int port = 15432 + (int) (ProcessHandle.current().pid() % 2000); port < 32_000; port += 7) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException busy) {
                // try the next one
            }
        }
        throw new IOException("No free port below 32000");
    }
}
