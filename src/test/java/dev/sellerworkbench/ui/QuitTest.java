package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Closing while a write runs: the write is not interrupted, it ends, and only then does the
/// workspace close, with the write in it.
class QuitTest {

    @TempDir
    Path dir;
    final ExecutorService workers = Executors.newFixedThreadPool(2);
    final ExecutorService fx = Executors.newSingleThreadExecutor();
    final TaskRunner runner = TaskRunner.using(workers, fx::execute);

    @AfterEach
    void stopThreads() {
        workers.shutdownNow();
        fx.shutdownNow();
    }

    /// A write that takes a while: it has begun when `started` opens.
    private void slowWrite(Workspace ws, CountDownLatch started, String name, long millis) {
        BackgroundTask.of("slow write", p -> {
            started.countDown();
            Thread.sleep(millis);
            ws.settings().put(name, "written");
            return null;
        }).runWith(runner);
    }

    @Test
    void aQuitDuringAWriteLetsItFinishBeforeTheWorkspaceCloses() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("shop"));
        CountDownLatch started = new CountDownLatch(1);
        slowWrite(ws, started, "quit.test", 600);
        assertTrue(started.await(10, TimeUnit.SECONDS));

        CountDownLatch closed = new CountDownLatch(1);
        AtomicBoolean stillWriting = new AtomicBoolean();
        new Quit(runner, Duration.ofSeconds(20), fx::execute)
                .start(() -> { }, ws::close, closed::countDown, () -> stillWriting.set(true));

        assertTrue(closed.await(20, TimeUnit.SECONDS), "the workspace was not closed");
        assertFalse(stillWriting.get());
        try (Workspace reopened = Workspace.open(dir.resolve("shop"))) {
            assertEquals(Optional.of("written"), reopened.settings().get("quit.test"));
        }
    }

    @Test
    void aSaveThatAResultHandlerStartsIsWaitedForToo() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("shop"));
        CountDownLatch started = new CountDownLatch(1);
        BackgroundTask.of("first save", p -> {
            started.countDown();
            Thread.sleep(300);
            return null;
        }).onSuccess(v -> slowWrite(ws, new CountDownLatch(1), "quit.second", 300)).runWith(runner);
        assertTrue(started.await(10, TimeUnit.SECONDS));

        CountDownLatch closed = new CountDownLatch(1);
        new Quit(runner, Duration.ofSeconds(20), fx::execute).start(() -> { }, ws::close, closed::countDown, () -> { });

        assertTrue(closed.await(20, TimeUnit.SECONDS));
        try (Workspace reopened = Workspace.open(dir.resolve("shop"))) {
            assertEquals(Optional.of("written"), reopened.settings().get("quit.second"));
        }
    }

    @Test
    void theSavesWaitingForAPauseInTypingStartBeforeTheWait() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("shop"));
        CountDownLatch closed = new CountDownLatch(1);
        new Quit(runner, Duration.ofSeconds(20), fx::execute)
                .start(() -> slowWrite(ws, new CountDownLatch(1), "quit.flushed", 300), ws::close, closed::countDown, () -> { });

        assertTrue(closed.await(20, TimeUnit.SECONDS));
        try (Workspace reopened = Workspace.open(dir.resolve("shop"))) {
            assertEquals(Optional.of("written"), reopened.settings().get("quit.flushed"));
        }
    }

    @Test
    void aWriteLongerThanTheBoundIsReportedAndTheWorkspaceStaysOpenUntilItEnds() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("shop"));
        CountDownLatch started = new CountDownLatch(1);
        slowWrite(ws, started, "quit.late", 1500);
        assertTrue(started.await(10, TimeUnit.SECONDS));

        CountDownLatch stillWriting = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Quit[] quit = new Quit[1];
        quit[0] = new Quit(runner, Duration.ofMillis(200), fx::execute);
        quit[0].start(() -> { }, ws::close, closed::countDown, () -> {
            assertEquals(1, closed.getCount(), "closed under a running write");
            stillWriting.countDown();
            quit[0].waitAgain(); // the user chooses to keep waiting
        });

        assertTrue(stillWriting.await(10, TimeUnit.SECONDS), "the user was not told");
        assertTrue(closed.await(20, TimeUnit.SECONDS));
        try (Workspace reopened = Workspace.open(dir.resolve("shop"))) {
            assertEquals(Optional.of("written"), reopened.settings().get("quit.late"));
        }
    }
}
