package dev.sellerworkbench.ui;

import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.Duration;
import java.util.function.Consumer;

/// Closing the window without losing work: the autosaves still waiting are started, the writes
/// running or queued end (never interrupted: an interrupt closes H2's file channel mid-write), and
/// only then is the workspace closed, off the FX thread. When the writes take longer than the
/// bound, the window is told so and may wait again ([#waitAgain()]) or leave them.
final class Quit {

    /// How long closing waits for running writes before asking the user.
    static final Duration BOUND = Duration.ofSeconds(30);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Quit.class);

    private final TaskRunner tasks;
    private final Duration bound;
    private final Consumer<Runnable> fxThread;
    private Runnable closeWorkspace;
    private Runnable closed;
    private Runnable stillWriting;

    Quit(TaskRunner tasks, Duration bound, Consumer<Runnable> fxThread) {
        this.tasks = tasks;
        this.bound = bound;
        this.fxThread = fxThread;
    }

    /// Runs `flush` (it starts the saves waiting for a pause in typing), then waits for the work.
    /// Once it has ended, `closeWorkspace` runs on a thread of its own and `closed` on the FX
    /// thread; if the bound passes first, `stillWriting` runs on the FX thread instead.
    void start(Runnable flush, Runnable closeWorkspace, Runnable closed, Runnable stillWriting) {
        this.closeWorkspace = closeWorkspace;
        this.closed = closed;
        this.stillWriting = stillWriting;
        flush.run();
        waitAgain();
    }

    /// Waits another bound for the work still running.
    void waitAgain() {
        tasks.whenIdle(bound, this::finish, stillWriting);
    }

    private void finish() {
        Thread closer = new Thread(() -> {
            // work started between the idle moment and now (a screen's last refresh) still ends first
            if (!tasks.shutdown(bound)) {
                fxThread.accept(stillWriting);
                return;
            }
            try {
                closeWorkspace.run();
            } catch (RuntimeException e) {
                LOG.error("Closing the workspace failed", e);
            }
            fxThread.accept(closed);
        }, "workbench-close");
        closer.setDaemon(false);
        closer.start();
    }
}
