package dev.sellerworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/// Failures go to the log with their stack traces, where a person can find and send them; a
/// trace printed to a console nobody sees (or into a command's answer) is lost or alarming.
class NoPrintStackTraceTest {

    @Test
    void noProductSourcePrintsAStackTrace() throws IOException {
        Path main = Path.of("src/main/java");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(main)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 100, "the scan found the sources: " + sources.size());
        List<String> offenders = sources.stream().filter(f -> {
            try {
                return Files.readString(f).contains("printStackTrace");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }
}
