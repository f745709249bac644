package dev.sellerworkbench.exchange;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/// A real H2 workspace in a temporary folder with an English importer and a fixed clock.
final class Fixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    final Path dir;
    final Workspace workspace;
    final Importer importer;

    Fixture(Path dir) {
        this.dir = dir;
        this.workspace = Workspace.open(dir.resolve("ws"));
        this.importer = new Importer(workspace, Messages.forLocale(Locale.ENGLISH), CLOCK);
    }

    Path file(String name, String content) throws IOException {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Path bytes(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    ImportResult run(ImportKind kind, Path file) {
        return importer.run(kind, file, false, Progress.NONE);
    }

    ImportResult strict(ImportKind kind, Path file) {
        return importer.run(kind, file, true, Progress.NONE);
    }

    static List<Long> lines(ImportResult result) {
        return result.rejected().stream().map(RejectedRow::line).toList();
    }

    static List<String> fields(ImportResult result) {
        return result.rejected().stream().map(RejectedRow::field).toList();
    }

    /// Lines joined with CRLF, each ending with one.
    static String crlf(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    static String lf(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Override
    public void close() {
        workspace.close();
    }
}
