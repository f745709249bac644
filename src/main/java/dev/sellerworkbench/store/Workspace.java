package dev.sellerworkbench.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/// One seller's workspace, migrated by Flyway, with one repository per aggregate: either an H2
/// file database in a local folder (the default; only one process may hold it at a time), or a
/// team workspace on a PostgreSQL server that several desktops share through a connection pool.
public final class Workspace implements AutoCloseable {

    public static final String DB_NAME = "workspace";
    /// The version the newest migration brings a workspace to (WorkspaceTest keeps it true).
    public static final int SCHEMA_VERSION = 15;
    private static final String COMMON_MIGRATIONS = "classpath:dev/sellerworkbench/db/migration/common";

    private final WorkspaceAddress address;
    private final DataSource dataSource;
    private final Runnable closePool;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final boolean created;
    private final OwnerLock lock;
    /// This desktop's id in a team workspace, found once while opening: the host-name lookup may
    /// wait on the network, and settings are reached from the window's thread.
    private final String desktop;
    /// The repositories, made once per open workspace: they hold nothing but the connection pool.
    private final CreatorRepository creators;
    private final ProductRepository products;
    private final PlanRepository plans;
    private final ApplicationRepository applications;
    private final OrderRepository orders;
    private final StatsRepository stats;
    private final LevelRepository levels;
    private final SavedListRepository savedLists;
    private final SettingsRepository settings;
    private final AuditRepository audit;
    private final InsightsRepository insights;
    private final SampleRepository samples;
    private final SavedSearchRepository savedSearches;
    private final OutreachRepository outreach;

    private Workspace(WorkspaceAddress address, DataSource dataSource, Runnable closePool, Dialect dialect,
                      boolean created, OwnerLock lock) {
        this.address = address;
        this.dataSource = dataSource;
        this.closePool = closePool;
        this.dialect = dialect;
        this.created = created;
        this.lock = lock;
        this.desktop = address instanceof WorkspaceAddress.Team ? desktopId() : null;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        this.creators = new CreatorRepository(jdbi);
        this.products = new ProductRepository(jdbi);
        this.plans = new PlanRepository(jdbi);
        this.applications = new ApplicationRepository(jdbi);
        this.orders = new OrderRepository(jdbi);
        this.stats = new StatsRepository(jdbi);
        this.levels = new LevelRepository(jdbi);
        this.savedLists = new SavedListRepository(jdbi);
        this.settings = new SettingsRepository(jdbi, desktop);
        this.audit = new AuditRepository(jdbi);
        this.insights = new InsightsRepository(jdbi);
        this.samples = new SampleRepository(jdbi);
        this.savedSearches = new SavedSearchRepository(jdbi);
        this.outreach = new OutreachRepository(jdbi);
    }

    /// The per-user default folder: `$XDG_DATA_HOME/seller-workbench`, `%APPDATA%\SellerWorkbench`
    /// or `~/Library/Application Support/SellerWorkbench`. The system property `sw.dataFolder`
    /// names another (a test's own temporary folder, or a portable install).
    public static Path defaultFolder() {
        String chosen = System.getProperty("sw.dataFolder");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
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

    /// Where the demo workspace is kept: beside the default folder, so a real shop can start in
    /// the default folder while the demo stays as it was (`seller-workbench-demo`).
    public static Path demoFolder() {
        Path main = defaultFolder().toAbsolutePath();
        return main.resolveSibling(main.getFileName() + "-demo");
    }

    /// `folder` when it holds no workspace yet, else the first of `folder-2`, `folder-3` … that
    /// holds none: a new shop never opens one that is already there.
    public static Path freeFolder(Path folder) {
        Path absolute = folder.toAbsolutePath();
        Path candidate = absolute;
        for (int n = 2; exists(candidate); n++) {
            candidate = absolute.resolveSibling(absolute.getFileName() + "-" + n);
        }
        return candidate;
    }

    public static boolean exists(Path folder) {
        return Files.exists(folder.resolve(DB_NAME + ".mv.db"));
    }

    /// Opens a `--workspace` value: a folder, or a `postgresql://` URL whose credentials come from
    /// the environment or the user's password file ([TeamCredentials]).
    public static Workspace open(String location) {
        WorkspaceAddress address = WorkspaceAddress.parse(location);
        if (address instanceof WorkspaceAddress.Team team) {
            TeamCredentials credentials = TeamCredentials.find(team, System.getenv(), TeamCredentials.defaultFile())
                    .orElseThrow(() -> new WorkspaceException("No user name for the team workspace " + team.display()
                            + ": set " + TeamCredentials.USER_ENV + " and " + TeamCredentials.PASSWORD_ENV
                            + ", or connect once from Settings to save them in " + TeamCredentials.defaultFile(), null,
                            "store.workspace.noUser", team.display(), TeamCredentials.USER_ENV,
                            TeamCredentials.PASSWORD_ENV, String.valueOf(TeamCredentials.defaultFile())));
            return open(team, credentials);
        }
        return open(((WorkspaceAddress.Folder) address).path());
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
            throw new WorkspaceException("Cannot create the workspace folder " + absolute + ": " + e.getMessage(), e,
                    "store.workspace.cannotCreate", String.valueOf(absolute));
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
            throw new WorkspaceException("Cannot open the workspace " + absolute + ": " + e.getMessage(), e,
                    "store.workspace.cannotOpen", String.valueOf(absolute));
        }
        WorkspaceAddress.Folder address = new WorkspaceAddress.Folder(absolute);
        if (!created && atCurrentVersion(pool)) {
            return new Workspace(address, pool, pool::dispose, Dialect.H2, false, lock);
        }
        try {
            Flyway flyway = flyway(pool, Dialect.H2);
            if (!created && flyway.info().pending().length > 0) {
                // A consistent copy before the schema changes, so a failed migration loses nothing.
                Backups.take(new Workspace(address, pool, pool::dispose, Dialect.H2, false, lock), Backups.Kind.BEFORE_MIGRATION,
                        java.time.Clock.systemUTC());
            }
            flyway.migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            lock.release();
            throw new WorkspaceException("Cannot migrate the workspace " + absolute + ": " + e.getMessage(), e,
                    "store.workspace.cannotMigrate", String.valueOf(absolute));
        }
        return new Workspace(address, pool, pool::dispose, Dialect.H2, created, lock);
    }

    /// Opens and migrates a team workspace on a PostgreSQL server. Backups of it are the server's
    /// business (`pg_dump`, the company's own backup), not this program's.
    ///
    /// @throws WorkspaceUnreachableException when the server does not answer or refuses the login
    public static Workspace open(WorkspaceAddress.Team address, TeamCredentials credentials) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(credentials.user());
        config.setPassword(credentials.password());
        config.setPoolName("team-workspace");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        // how long a call waits for a working connection (the pool replaces broken ones meanwhile)
        // before the work is refused as "server unreachable"
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        // one attempt at opening: a server that refuses is reported at once, not after retries
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("socketTimeout", "60");
        config.addDataSourceProperty("ApplicationName", "Seller Workbench");
        // batches of inserts travel as multi-row statements (imports, workspace copy)
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new WorkspaceUnreachableException(address.display(), e);
        }
        boolean created;
        try {
            Flyway flyway = flyway(pool, Dialect.POSTGRESQL);
            created = flyway.info().applied().length == 0;
            flyway.migrate();
        } catch (RuntimeException e) {
            pool.close();
            if (StoreErrors.classify(e).filter(k -> k == StoreErrors.Kind.UNREACHABLE).isPresent()) {
                throw new WorkspaceUnreachableException(address.display(), e);
            }
            throw new WorkspaceException("Cannot migrate the team workspace " + address.display() + ": "
                    + e.getMessage(), e, "store.workspace.cannotMigrate", address.display());
        }
        CheckedPool checked = new CheckedPool(pool);
        return new Workspace(address, checked, checked::close, Dialect.POSTGRESQL, created, null);
    }

    /// Whether the workspace's schema is at [#SCHEMA_VERSION] with no failed migration: then it
    /// opens without Flyway, whose scan of the migrations and validation took about half a second
    /// of every start. Anything else (new, older, newer, a failed step) goes through Flyway.
    private static boolean atCurrentVersion(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)), "
                     + "SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END) FROM \"flyway_schema_history\" "
                     + "WHERE \"version\" IS NOT NULL")) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION && rs.getInt(2) == 0;
        } catch (SQLException e) {
            return false; // no history yet
        }
    }

    private static Flyway flyway(DataSource dataSource, Dialect dialect) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(COMMON_MIGRATIONS, dialect.migrations())
                .load();
    }

    private static boolean isInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }

    public WorkspaceAddress address() {
        return address;
    }

    /// True for a team workspace on a shared server; false for a local folder.
    public boolean isTeam() {
        return address instanceof WorkspaceAddress.Team;
    }

    /// The local folder of an H2 workspace.
    ///
    /// @throws IllegalStateException for a team workspace, which has no folder on this desktop
    public Path folder() {
        if (address instanceof WorkspaceAddress.Folder f) {
            return f.path();
        }
        throw new IllegalStateException("A team workspace has no local folder: " + address.display());
    }

    /// The folder, or the server URL of a team workspace (never with credentials).
    public String location() {
        return address.display();
    }

    public String name() {
        if (address instanceof WorkspaceAddress.Team team) {
            return team.database();
        }
        Path fileName = folder().getFileName();
        return fileName == null ? folder().toString() : fileName.toString();
    }

    /// The pool itself, for the whole-workspace copy's plain JDBC.
    DataSource dataSource() {
        return dataSource;
    }

    /// This desktop among a team's: the login name and the computer's name.
    public static String desktopId() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv("COMPUTERNAME");
        }
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "desktop";
            }
        }
        return System.getProperty("user.name", "staff") + "@" + host;
    }

    public Dialect dialect() {
        return dialect;
    }

    /// True when this open created the workspace (it held no database before).
    public boolean created() {
        return created;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /// Tells `listener` (on the thread that did the work) of each unit of work that was done again
    /// after the connection to the team workspace's server dropped ([Transactions]). Running the
    /// returned action stops that (a window rebuilt for a new language registers again).
    public Runnable onReconnected(java.util.function.Consumer<Transactions.Reconnected> listener) {
        Transactions.Listeners listeners = jdbi.getConfig(Transactions.Listeners.class);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public int schemaVersion() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")
                .mapTo(Integer.class).one());
    }

    public CreatorRepository creators() {
        return creators;
    }

    public ProductRepository products() {
        return products;
    }

    public PlanRepository plans() {
        return plans;
    }

    public ApplicationRepository applications() {
        return applications;
    }

    public OrderRepository orders() {
        return orders;
    }

    public StatsRepository stats() {
        return stats;
    }

    public LevelRepository levels() {
        return levels;
    }

    public SavedListRepository savedLists() {
        return savedLists;
    }

    public OutreachRepository outreach() {
        return outreach;
    }

    public SavedSearchRepository savedSearches() {
        return savedSearches;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public SampleRepository samples() {
        return samples;
    }

    public AuditRepository audit() {
        return audit;
    }

    public InsightsRepository insights() {
        return insights;
    }

    /// Whether the H2 file is large and less than half of it holds live data. H2 writes changed
    /// pages to new places and reuses the old ones only later; after an import of a million rows
    /// (one transaction) about two thirds of the file was free space, never given back.
    private boolean mostlyFree() {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE')")) {
            long size = 0;
            int fill = 100;
            while (rs.next()) {
                if (rs.getString(1).equals("info.FILE_SIZE")) {
                    size = Long.parseLong(rs.getString(2).strip());
                } else {
                    fill = Integer.parseInt(rs.getString(2).strip());
                }
            }
            return size >= COMPACT_FROM_BYTES && fill < 50;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not read how full the workspace file is; closing it without compacting", e);
            return false;
        }
    }

    /// Closes the H2 database moving its live pages to the front of the file and cutting off the
    /// free space behind them (a 125,000-creator file went from 117 MB to 25 MB). Only committed
    /// pages move, written as H2 writes any page, so a process killed meanwhile reopens at the
    /// last commit as after any other kill.
    private void compactAndClose() {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    /// Forces everything to disk; called after large batches and on close.
    public void checkpoint() {
        jdbi.useHandle(dialect::checkpoint);
    }

    /// A workspace file at least this large is compacted on close when most of it is free space.
    static final long COMPACT_FROM_BYTES = 64L << 20;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Workspace.class);

    @Override
    public void close() {
        try {
            if (dialect == Dialect.H2 && mostlyFree()) {
                compactAndClose();
            } else {
                checkpoint();
            }
        } catch (RuntimeException e) {
            // already closed, or the compaction failed: the last commit is on disk either way
            LOG.warn("Closing the workspace at {} did not checkpoint or compact", location(), e);
        } finally {
            // closing the pool's last connection closes an H2 database (DB_CLOSE_DELAY is 0)
            closePool.run();
            if (lock != null) {
                lock.release();
            }
        }
    }
}
