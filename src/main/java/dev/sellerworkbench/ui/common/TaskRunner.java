package dev.sellerworkbench.ui.common;

import dev.sellerworkbench.progress.Progress;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
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
///
/// Closing never interrupts a worker: an interrupt closes H2's file channel mid-write. The window
/// waits for [#whenIdle] and the runner stops with [#shutdown(Duration)], which lets running work end.
public final class TaskRunner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TaskRunner.class);

    private final Executor executor;
    private final Consumer<Runnable> fxThread;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final AtomicReference<Handle> latest = new AtomicReference<>();
    /// Tasks started and not yet done, their result handlers included: a save that a handler
    /// starts is counted before the task that started it leaves.
    private final Object idleLock = new Object();
    private int unfinished;
    private Consumer<Throwable> defaultFailure = e -> { };

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

    /// Where failures go when a task names no handler (the shell shows them in a dialog). Every
    /// failure is logged with its stack trace and the task's title whatever handles it.
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
        started();
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
                fxThread.accept(() -> ended(() -> {
                    finish();
                    if (handle.isCancelled()) {
                        task.cancelledHandler().run();
                    } else {
                        task.successHandler().accept(value);
                    }
                }));
            } catch (Throwable e) {
                boolean cancelled = handle.isCancelled() || e instanceof Progress.CancelledException;
                if (!cancelled) {
                    LOG.error("Background task failed: {}", task.title(), e);
                }
                fxThread.accept(() -> ended(() -> {
                    finish();
                    if (cancelled) {
                        task.cancelledHandler().run();
                    } else if (task.failureHandler() != null) {
                        task.failureHandler().accept(e);
                    } else {
                        defaultFailure.accept(e);
                    }
                }));
            } finally {
                Thread.interrupted();
            }
        };
        if (executor == null) {
            body.run();
        } else {
            try {
                executor.execute(body);
            } catch (RejectedExecutionException closing) {
                // the runner is shutting down (the window is closing): the work is not started
                LOG.info("Not started while closing: {}", task.title());
                fxThread.accept(() -> ended(() -> {
                    finish();
                    task.cancelledHandler().run();
                }));
            }
        }
        return handle;
    }

    private void started() {
        synchronized (idleLock) {
            unfinished++;
        }
    }

    /// Runs a task's result handler, then counts the task done (handlers may start more work).
    private void ended(Runnable handler) {
        try {
            handler.run();
        } finally {
            synchronized (idleLock) {
                unfinished--;
                idleLock.notifyAll();
            }
        }
    }

    /// Calls `idle` through the FX thread once no task is running or waiting (their result
    /// handlers included, so a save one of them starts is waited for too), or `timedOut` when
    /// that takes longer than `bound`. It waits on a thread of its own, so the window stays
    /// responsive and can say what it is waiting for.
    public void whenIdle(Duration bound, Runnable idle, Runnable timedOut) {
        Thread waiter = new Thread(() -> {
            boolean done = awaitIdle(bound);
            fxThread.accept(done ? idle : timedOut);
        }, "workbench-quit");
        waiter.setDaemon(true);
        waiter.start();
    }

    /// Whether every task ended within `bound`.
    boolean awaitIdle(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        synchronized (idleLock) {
            while (unfinished > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(idleLock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /// The number of tasks started and not yet done.
    public int unfinished() {
        synchronized (idleLock) {
            return unfinished;
        }
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

    /// Takes no more work and waits up to `bound` for the work already running or queued to end;
    /// says whether it did. Never interrupts a worker (see [Handle#cancel()]): a write in progress
    /// finishes, so the workspace can be closed after it with the write in it.
    public boolean shutdown(Duration bound) {
        if (!(executor instanceof ExecutorService service)) {
            return true;
        }
        service.shutdown();
        try {
            boolean ended = service.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                LOG.warn("Background work still running after {} s while closing", bound.toSeconds());
            }
            return ended;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
