package dev.sellerworkbench.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/// The log a person can send with a problem report: a rolling file in the `logs` folder of the
/// workspace's data folder, written by the window and the commands alike. A file rolls at 5 MB and
/// every day; five days and 25 MB at most are kept. `logback.xml` sets the level and the console;
/// the file is added here because its folder is known only once the workspace is.
public final class Logs {

    /// The file being written; rolled files beside it carry a date and a number.
    public static final String FILE_NAME = "seller-workbench.log";
    static final String APPENDER = "FILE";
    static final String MAX_FILE_SIZE = "5MB";
    static final int DAYS_KEPT = 5;
    static final String TOTAL_SIZE_CAP = "25MB";

    private static volatile Path folder;

    private Logs() {
    }

    /// The `logs` folder of a workspace's data folder.
    public static Path folderOf(Path dataFolder) {
        return dataFolder.toAbsolutePath().normalize().resolve("logs");
    }

    /// Writes the log into `dataFolder/logs` from now on (instead of any folder before); returns
    /// that folder. Logback creates it with the first line.
    public static synchronized Path writeTo(Path dataFolder) {
        Path target = folderOf(dataFolder);
        if (target.equals(folder)) {
            return target;
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            Appender<ILoggingEvent> old = root.getAppender(APPENDER);
            if (old != null) {
                root.detachAppender(old);
                old.stop();
            }
            root.addAppender(fileAppender(context, target));
        }
        folder = target;
        return target;
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path target) {
        // logback reads a backslash in a file name pattern as an escape
        String base = target.toString().replace('\\', '/');
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(base + "/" + FILE_NAME);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(base + "/seller-workbench.%d{yyyy-MM-dd}.%i.log");
        policy.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        policy.setMaxHistory(DAYS_KEPT);
        policy.setTotalSizeCap(FileSize.valueOf(TOTAL_SIZE_CAP));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    /// Stops writing the file (a test's folder is about to go); the console stays.
    public static synchronized void stopWriting() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            Appender<ILoggingEvent> old = root.getAppender(APPENDER);
            if (old != null) {
                root.detachAppender(old);
                old.stop();
            }
        }
        folder = null;
    }

    /// The folder the log is written to, or null before [#writeTo(Path)].
    public static Path folder() {
        return folder;
    }

    /// The commands tell the user a sentence on stderr; the log's lines, stack traces among
    /// them, go to the file only.
    public static void quietConsole() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Appender<ILoggingEvent> console = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
            if (console != null) {
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(console);
                console.stop();
            }
        }
    }
}
