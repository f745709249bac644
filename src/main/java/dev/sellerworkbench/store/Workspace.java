package dev.sellerworkbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/// One seller's workspace: an H2 file database in a folder, migrated by Flyway, with one
/// repository per aggregate. Only one process may hold a workspace at a time.
public final class Workspace implements AutoCloseable {

    public static final String DB_NAME = "workspace";

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final boolean created;
    private final OwnerLock lock;

    private Workspace(Path folder, JdbcConnectionPool pool, boolean created, OwnerLock lock) {
        this.folder = folder;
        this.pool = pool;
        this.created = created;
        this.lock = lock;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /// The per-user default folder: `$XDG_DATA_HOME/seller-workbench`, `%APPDATA%\SellerWorkbench`
    /// or `~/Library/Application Support/SellerWorkbench`.
    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("SellerWorkbench");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/SellerWorkbench");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return data.resolve("seller-workbench");
    }

    public static boolean exists(Path folder) {
        return Files.exists(folder.resolve(DB_NAME + ".mv.db"));
    }

    /// Opens (creating if needed) and migrates the workspace in `folder`.
    ///
    /// @throws WorkspaceInUseException when another process has it open
    /// @throws WorkspaceException when it cannot be opened for another reason
    public static Workspace open(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        boolean created = !exists(absolute);
        try {
            Files.createDirectories(absolute);
        } catch (Exception e) {
            throw new WorkspaceException("Cannot create the workspace folder " + absolute + ": " + e.getMessage(), e);
        }
        OwnerLock lock = OwnerLock.acquire(absolute);
        // WRITE_DELAY=0: a commit is on disk before the call returns, so a killed process
        // loses nothing it acknowledged (H2's default 500 ms lost rows in a kill test).
        String url = "jdbc:h2:file:" + absolute.resolve(DB_NAME) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(16);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            lock.release();
            if (isInUse(e)) {
                throw new WorkspaceInUseException(absolute, e);
            }
            throw new WorkspaceException("Cannot open the workspace " + absolute + ": " + e.getMessage(), e);
        }
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:dev/sellerworkbench/db/migration/common")
                    .load();
            if (!created && flyway.info().pending().length > 0) {
                // A consistent copy before the schema changes, so a failed migration loses nothing.
                Backups.take(new Workspace(absolute, pool, false, lock), "migration", java.time.Clock.systemUTC());
            }
            flyway.migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            lock.release();
            throw new WorkspaceException("Cannot migrate the workspace " + absolute + ": " + e.getMessage(), e);
        }
        return new Workspace(absolute, pool, created, lock);
    }

    private static boolean isInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }

    public Path folder() {
        return folder;
    }

    public String name() {
        Path fileName = folder.getFileName();
        return fileName == null ? folder.toString() : fileName.toString();
    }

    /// True when this open created the workspace (it held no database before).
    public boolean created() {
        return created;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public int schemaVersion() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")
                .mapTo(Integer.class).one());
    }

    public CreatorRepository creators() {
        return new CreatorRepository(jdbi);
    }

    public ProductRepository products() {
        return new ProductRepository(jdbi);
    }

    public PlanRepository plans() {
        return new PlanRepository(jdbi);
    }

    public ApplicationRepository applications() {
        return new ApplicationRepository(jdbi);
    }

    public OrderRepository orders() {
        return new OrderRepository(jdbi);
    }

    public StatsRepository stats() {
        return new StatsRepository(jdbi);
    }

    public LevelRepository levels() {
        return new LevelRepository(jdbi);
    }

    public SavedListRepository savedLists() {
        return new SavedListRepository(jdbi);
    }

    public SettingsRepository settings() {
        return new SettingsRepository(jdbi);
    }

    public AuditRepository audit() {
        return new AuditRepository(jdbi);
    }

    /// Forces everything to disk; called after large batches and on close.
    public void checkpoint() {
        jdbi.useHandle(h -> h.execute("CHECKPOINT SYNC"));
    }

    @Override
    public void close() {
        try {
            checkpoint();
        } catch (RuntimeException ignored) {
            // already closed
        } finally {
            // closing the pool's last connection closes the database (DB_CLOSE_DELAY is 0)
            pool.dispose();
            lock.release();
        }
    }
}
