package dev.sellerworkbench.ui.common;

import dev.sellerworkbench.domain.Progress;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// Runs every database and file operation off the FX thread and delivers results on it. The
/// status bar binds to [#runningProperty()], [#progressProperty()] and [#messageProperty()].
/// Tests use [#direct()], which runs work on the calling thread so they stay deterministic.
public final class TaskRunner {

    private final Executor executor;
    private final Consumer<Runnable> fxThread;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final AtomicReference<Handle> latest = new AtomicReference<>();
    private Consumer<Throwable> defaultFailure = Throwable::printStackTrace;

    private TaskRunner(Executor executor, Consumer<Runnable> fxThread) {
        this.executor = executor;
        this.fxThread = fxThread;
    }

    /// A runner on three daemon worker threads. The machines have two cores, but long work (the
    /// search index build, an import, a recompute) must not hold back a page the user asked
    /// for: with two threads, the first page waited for the index build on a million creators.
    public static TaskRunner background() {
        return new TaskRunner(Executors.newFixedThreadPool(3, r -> {
            Thread thread = new Thread(r, "workbench-task");
            thread.setDaemon(true);
            return thread;
        }), Platform::runLater);
    }

    /// A runner that does the work at once on the calling thread.
    public static TaskRunner direct() {
        return new TaskRunner(null, Runnable::run);
    }

    /// A runner on the given executor that delivers results through `fxThread`: for tests that
    /// decide when queued work runs (to see a stale search cancelled, say).
    public static TaskRunner using(Executor executor, Consumer<Runnable> fxThread) {
        return new TaskRunner(executor, fxThread);
    }

    /// Where failures go when a task names no handler (the shell shows them in a dialog).
    public void setDefaultFailureHandler(Consumer<Throwable> handler) {
        this.defaultFailure = handler;
    }

    /// A handle to cancel running work.
    public static final class Handle {
        private final AtomicBoolean cancelled = new AtomicBoolean();

        /// Asks the work to stop: it sees [Progress#cancelled()] and rolls back. The worker thread is
        /// not interrupted, since an interrupt closes the database's file channel mid-write.
        public void cancel() {
            cancelled.set(true);
        }

        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    <T> Handle run(BackgroundTask<T> task) {
        Handle handle = new Handle();
        latest.set(handle);
        fxThread.accept(() -> {
            running.set(running.get() + 1);
            message.set(task.title());
            progress.set(-1);
        });
        Runnable body = () -> {
            AtomicBoolean queued = new AtomicBoolean();
            Progress reporter = new Progress() {
                private volatile double last;
                private volatile String lastMessage;

                @Override
                public void update(long done, long total, String text) {
                    last = total <= 0 ? -1 : Math.min(1.0, (double) done / total);
                    lastMessage = text;
                    if (queued.compareAndSet(false, true)) {
                        fxThread.accept(() -> {
                            queued.set(false);
                            progress.set(last);
                            if (lastMessage != null) {
                                message.set(task.title() + " — " + lastMessage);
                            }
                        });
                    }
                }

                @Override
                public boolean cancelled() {
                    return handle.isCancelled();
                }
            };
            try {
                T value = task.work().call(reporter);
                fxThread.accept(() -> {
                    finish();
                    if (handle.isCancelled()) {
                        task.cancelledHandler().run();
                    } else {
                        task.successHandler().accept(value);
                    }
                });
            } catch (Throwable e) {
                fxThread.accept(() -> {
                    finish();
                    if (handle.isCancelled() || e instanceof Progress.CancelledException) {
                        task.cancelledHandler().run();
                    } else if (task.failureHandler() != null) {
                        task.failureHandler().accept(e);
                    } else {
                        defaultFailure.accept(e);
                    }
                });
            } finally {
                Thread.interrupted();
            }
        };
        if (executor == null) {
            body.run();
        } else {
            executor.execute(body);
        }
        return handle;
    }

    private void finish() {
        running.set(Math.max(0, running.get() - 1));
        if (running.get() == 0) {
            progress.set(0);
            message.set("");
        }
    }

    /// Cancels the most recently started task (the status bar's cancel button).
    public void cancelLatest() {
        Handle handle = latest.get();
        if (handle != null) {
            handle.cancel();
        }
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void shutdown() {
        if (executor instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
