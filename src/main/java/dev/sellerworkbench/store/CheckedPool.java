package dev.sellerworkbench.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/// The team workspace's pool, checking each connection as it is handed out: after the server
/// restarted or the network dropped, an idle connection is dead, and the pool's own check is
/// skipped for one used moments ago. A dead one is thrown away and another taken (the pool opens
/// new ones as needed), so a lost connection is retried before any work is tried on it. When
/// none works within the pool's timeout, the work is refused as "server unreachable".
final class CheckedPool implements DataSource {

    private static final int CHECK_SECONDS = 2;
    private final HikariDataSource pool;

    CheckedPool(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        int attempts = pool.getMaximumPoolSize() + 1;
        SQLException last = null;
        for (int i = 0; i < attempts; i++) {
            Connection c = pool.getConnection();
            try {
                if (c.isValid(CHECK_SECONDS)) {
                    return c;
                }
            } catch (SQLException e) {
                last = e;
            }
            pool.evictConnection(c);
        }
        throw new SQLTransientConnectionException("No working connection to the server after " + attempts
                + " attempts", "08001", last);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool holds its own login");
    }

    void close() {
        pool.close();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(pool)) {
            return iface.cast(pool);
        }
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(pool) || pool.isWrapperFor(iface);
    }
}
