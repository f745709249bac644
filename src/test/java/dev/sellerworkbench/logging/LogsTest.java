package dev.sellerworkbench.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The log a person can send: a failed task's stack trace and the work it interrupted are in the
/// file in the workspace's `logs` folder.
class LogsTest {

    @TempDir
    Path dir;

    @AfterEach
    void stopWriting() {
        Logs.stopWriting();
    }

    @Test
    void theLogIsWrittenInTheLogsFolderOfTheWorkspace() {
        assertEquals(dir.resolve("shop").resolve("logs").toAbsolutePath(), Logs.writeTo(dir.resolve("shop")));
        assertEquals(dir.resolve("shop").resolve("logs").toAbsolutePath(), Logs.folder());
    }

    @Test
    void aFailingTaskWritesItsStackTraceAndTitleToTheLogFile() throws Exception {
        Path logs = Logs.writeTo(dir);
        AtomicReference<Throwable> shown = new AtomicReference<>();
        BackgroundTask.of("Importing creators", p -> {
            throw new IllegalStateException("the file ended in the middle of a row");
        }).onFailure(shown::set).runWith(TaskRunner.direct());

        String log = Files.readString(logs.resolve(Logs.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(shown.get() instanceof IllegalStateException, "the failure handler still gets the failure");
        assertTrue(log.contains("Importing creators"), log);
        assertTrue(log.contains("java.lang.IllegalStateException: the file ended in the middle of a row"), log);
        assertTrue(log.contains("\tat dev.sellerworkbench.logging.LogsTest"), log);
    }

    @Test
    void aFailureWithNoHandlerIsLoggedToo() throws Exception {
        Path logs = Logs.writeTo(dir);
        BackgroundTask.of("Taking the daily backup", p -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
        }).runWith(TaskRunner.direct());

        String log = Files.readString(logs.resolve(Logs.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(log.contains("Taking the daily backup"), log);
        assertTrue(log.contains("Caused by: java.io.IOException: No space left on device"), log);
    }
}
