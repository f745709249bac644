package dev.sellerworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/// A team workspace's connection dropping in the middle of a unit of work (the server restarted,
/// the office network blinked): the unit runs again on a fresh connection, nothing is written
/// twice, and the retry is reported. The server ends the connection here with
/// `pg_terminate_backend`, as an administrator or a restart would.
class LostConnectionRetryTest {

    @Test
    void aTransactionWhoseConnectionDropsIsDoneAgainOnceAndReported() {
        try (Workspace ws = Workspace.open(TestDatabases.newDatabase(), TestDatabases.credentials())) {
            List<Transactions.Reconnected> reports = new CopyOnWriteArrayList<>();
            Runnable stop = ws.onReconnected(reports::add);
            AtomicInteger attempts = new AtomicInteger();

            String saved = Transactions.inTransaction(ws.jdbi(), h -> {
                h.createUpdate("INSERT INTO setting (name, val, version) VALUES ('retry.probe', 'x', 0)").execute();
                if (attempts.incrementAndGet() == 1) {
                    terminate(ws, h);
                }
                h.createUpdate("UPDATE setting SET val = 'done' WHERE name = 'retry.probe'").execute();
                return "done";
            });

            assertEquals("done", saved);
            assertEquals(2, attempts.get(), "the first attempt failed with its connection, the second went through");
            assertEquals("done", ws.settings().get("retry.probe", "?"));
            assertEquals(1L, (long) ws.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM setting WHERE name = 'retry.probe'").mapTo(Long.class).one()),
                    "the first attempt's insert was rolled back with its connection");
            assertEquals(List.of(new Transactions.Reconnected(1)), reports);

            stop.run();
            AtomicInteger again = new AtomicInteger();
            Transactions.useTransaction(ws.jdbi(), h -> {
                if (again.incrementAndGet() == 1) {
                    terminate(ws, h);
                }
                h.createUpdate("UPDATE setting SET val = 'again' WHERE name = 'retry.probe'").execute();
            });
            assertEquals(2, again.get());
            assertEquals(1, reports.size(), "a listener that was stopped hears nothing more");
        }
    }

    @Test
    void aConnectionThatKeepsDroppingIsReportedAsUnreachableWithNothingWritten() {
        try (Workspace ws = Workspace.open(TestDatabases.newDatabase(), TestDatabases.credentials())) {
            List<Transactions.Reconnected> reports = new CopyOnWriteArrayList<>();
            ws.onReconnected(reports::add);
            AtomicInteger attempts = new AtomicInteger();

            RuntimeException refused = assertThrows(RuntimeException.class, () -> Transactions.useTransaction(ws.jdbi(), h -> {
                attempts.incrementAndGet();
                h.createUpdate("INSERT INTO setting (name, val, version) VALUES ('retry.lost', 'x', 0)").execute();
                terminate(ws, h);
                h.createUpdate("UPDATE setting SET val = 'y' WHERE name = 'retry.lost'").execute();
            }));

            assertEquals(Transactions.ATTEMPTS, attempts.get());
            assertEquals(StoreErrors.Kind.UNREACHABLE, StoreErrors.classify(refused).orElseThrow(), refused.toString());
            assertEquals("?", ws.settings().get("retry.lost", "?"));
            assertTrue(reports.isEmpty(), "nothing succeeded, so nothing is reported as retried");
        }
    }

    @Test
    void otherFailuresAreNotRetried() {
        try (Workspace ws = Workspace.open(TestDatabases.newDatabase(), TestDatabases.credentials())) {
            AtomicInteger attempts = new AtomicInteger();
            assertThrows(RuntimeException.class, () -> Transactions.useTransaction(ws.jdbi(), h -> {
                attempts.incrementAndGet();
                h.createUpdate("INSERT INTO no_such_table VALUES (1)").execute();
            }));
            assertEquals(1, attempts.get());
        }
    }

    @Test
    void aConnectionLostDuringTheCommitIsNeitherRetriedNorCalledRefused() throws Exception {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:commitLost;DB_CLOSE_DELAY=-1");
        javax.sql.DataSource dropsAtCommit = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        return method.invoke(h2, args);
                    }
                    java.sql.Connection real = h2.getConnection();
                    return java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[] {java.sql.Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("commit")) {
                                    throw new java.sql.SQLException("An I/O error occurred while sending to the backend", "08006");
                                }
                                return m.invoke(real, a);
                            });
                });
        org.jdbi.v3.core.Jdbi jdbi = org.jdbi.v3.core.Jdbi.create(dropsAtCommit);
        jdbi.useHandle(h -> h.execute("CREATE TABLE t (n INT)"));
        AtomicInteger attempts = new AtomicInteger();

        RuntimeException unknown = assertThrows(RuntimeException.class, () -> Transactions.useTransaction(jdbi, h -> {
            attempts.incrementAndGet();
            h.execute("INSERT INTO t VALUES (1)");
        }));

        assertEquals(1, attempts.get(), "not tried again: the first attempt may have been saved");
        assertEquals(StoreErrors.Kind.COMMIT_UNKNOWN, StoreErrors.classify(unknown).orElseThrow(), unknown.toString());
        String message = dev.sellerworkbench.ui.common.ErrorText.describe(
                dev.sellerworkbench.i18n.Messages.forLocale(java.util.Locale.ENGLISH), unknown, "postgresql://db/team");
        assertTrue(message.contains("may or may not have been saved. Reload"), message);
    }

    /// Ends `h`'s server session from another connection, as the server does when it restarts.
    private static void terminate(Workspace ws, Handle h) {
        int pid = h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one();
        ws.jdbi().useHandle(other -> other.createQuery("SELECT pg_terminate_backend(:pid)").bind("pid", pid)
                .mapTo(Boolean.class).one());
    }
}
