package dev.sellerworkbench.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;

/// Runs a unit of work in one transaction, again on a fresh connection when the connection to a
/// team workspace's server was lost before the commit was sent. The server rolls back a
/// transaction whose connection dropped, so nothing of the first attempt remains and running it
/// again cannot write anything twice. A connection lost while the commit itself travels is not
/// retried: whether it was saved is then unknown, and the error says so (the user reloads).
/// Every retry that succeeded is reported to the workspace's listeners, so the user hears of it.
///
/// The callback may run more than once: it must keep its results in what it returns or reset
/// what it collects at its start.
public final class Transactions {

    /// How many times a unit is tried in all when its connection keeps dropping.
    static final int ATTEMPTS = 3;

    private Transactions() {
    }

    /// A unit of work that succeeded after its connection was lost `retries` times.
    public record Reconnected(int retries) {
    }

    public static <R, X extends Exception> R inTransaction(Jdbi jdbi, HandleCallback<R, X> work) throws X {
        for (int attempt = 1; ; attempt++) {
            boolean committing = false;
            try (Handle h = jdbi.open()) {
                R result;
                try {
                    h.begin();
                    result = work.withHandle(h);
                    committing = true;
                    h.commit();
                } catch (Throwable e) {
                    if (!committing) {
                        rollbackQuietly(h, e);
                    }
                    throw e;
                }
                if (attempt > 1) {
                    jdbi.getConfig(Listeners.class).report(new Reconnected(attempt - 1));
                }
                return result;
            } catch (Exception e) {
                boolean lost = connectionLost(e);
                if (committing && lost) {
                    throw new CommitUnknownException(e);
                }
                if (committing || !lost || attempt >= ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    public static <X extends Exception> void useTransaction(Jdbi jdbi, HandleConsumer<X> work) throws X {
        inTransaction(jdbi, h -> {
            work.useHandle(h);
            return null;
        });
    }

    static boolean connectionLost(Throwable e) {
        return StoreErrors.classify(e).filter(k -> k == StoreErrors.Kind.UNREACHABLE).isPresent();
    }

    private static void rollbackQuietly(Handle h, Throwable cause) {
        try {
            if (h.isInTransaction()) {
                h.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /// Who hears of a retried unit of work: the window's status bar, the log. Shared by every
    /// copy Jdbi makes of its configuration.
    public static final class Listeners implements JdbiConfig<Listeners> {
        private final List<Consumer<Reconnected>> listeners;

        public Listeners() {
            this(new CopyOnWriteArrayList<>());
        }

        private Listeners(List<Consumer<Reconnected>> listeners) {
            this.listeners = listeners;
        }

        public void add(Consumer<Reconnected> listener) {
            listeners.add(listener);
        }

        public void remove(Consumer<Reconnected> listener) {
            listeners.remove(listener);
        }

        void report(Reconnected event) {
            System.getLogger(Transactions.class.getName()).log(System.Logger.Level.WARNING,
                    "The connection to the server was lost; the work was done again after " + event.retries() + " retries");
            listeners.forEach(l -> l.accept(event));
        }

        @Override
        public Listeners createCopy() {
            return new Listeners(listeners);
        }
    }
}
