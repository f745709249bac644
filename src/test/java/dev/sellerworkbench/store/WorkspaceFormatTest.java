package dev.sellerworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Workspaces written by H2 2.5.252, which the workbench used before it went back to 2.4.240
/// for durability (pom.xml), open and read in full with the H2 it ships now.
class WorkspaceFormatTest {

    @TempDir
    Path dir;

    @Test
    void aWorkspaceWrittenByTheEarlierH2OpensWithEveryRow() throws Exception {
        Path earlier = Path.of("target", "earlier-h2", "h2-2.5.252.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(earlier), "maven-dependency-plugin copies " + earlier);
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> entry.matches(".*[/\\\\]h2-[0-9.]+\\.jar") ? earlier.toString() : entry)
                .collect(Collectors.joining(File.pathSeparator));
        String java = ProcessHandle.current().info().command().orElse("java");
        Path workspace = dir.resolve("ws");
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", classPath,
                "-Dsw.logDir=" + dir.resolve("logs"), "dev.sellerworkbench.Main",
                "--workspace", workspace.toString(), "demo", "--creators", "2000")
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, child.exitValue(), output);
        String written = new String(Files.readAllBytes(workspace.resolve("workspace.mv.db")), 0, 200,
                StandardCharsets.ISO_8859_1);
        assertTrue(written.contains("format:3"), "an MVStore file: " + written);

        try (Workspace ws = Workspace.open(workspace)) {
            long creators = ws.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM creator").mapTo(Long.class).one());
            assertEquals(2000L, creators);
            assertTrue(ws.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM creator_month_stats")
                    .mapTo(Long.class).one()) > 0);
            assertEquals("2.4", org.h2.engine.Constants.VERSION_MAJOR + "." + org.h2.engine.Constants.VERSION_MINOR,
                    "the suite runs on the H2 the workbench ships");
        }
    }
}
