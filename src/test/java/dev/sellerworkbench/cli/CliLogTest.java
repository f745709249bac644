package dev.sellerworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.logging.Logs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// An internal error in a command: the user reads one sentence and where the log is; the stack
/// trace is in the log in the workspace's `logs` folder, not on their terminal.
class CliLogTest {

    @TempDir
    Path dir;

    @AfterEach
    void stopWriting() {
        Logs.stopWriting();
    }

    /// A clock that breaks: an error no command expects.
    static final Clock BROKEN = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            throw new UnsupportedOperationException("the clock stopped");
        }
    };

    @Test
    void anInternalErrorIsASentenceForTheUserAndAStackTraceInTheLog() throws Exception {
        Path folder = dir.resolve("shop");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli().run(new String[] {"--workspace", folder.toString(), "demo", "--creators", "10"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), BROKEN);

        String told = err.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.INTERNAL_ERROR, exit, told);
        Path logs = folder.resolve("logs").toAbsolutePath();
        assertTrue(told.contains("the clock stopped"), told);
        assertTrue(told.contains(logs.toString()), told);
        assertFalse(told.contains("\tat "), "no stack trace for the user: " + told);
        String log = Files.readString(logs.resolve(Logs.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(log.contains("Command demo failed"), log);
        assertTrue(log.contains("java.lang.UnsupportedOperationException: the clock stopped"), log);
        assertTrue(log.contains("\tat "), log);
    }
}
