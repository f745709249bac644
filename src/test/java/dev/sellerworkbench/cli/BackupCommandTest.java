package dev.sellerworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `backup --json` names the file and its kind; the command's backups are manual ones.
class BackupCommandTest {

    @TempDir
    Path dir;

    @Test
    void backupJsonReportsAManualBackupAndItsFile() throws Exception {
        String folder = dir.resolve("w").toString();
        CliRun run = CliTest.run("--workspace", folder, "backup", "--json");
        assertEquals(Cli.OK, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("manual", json.get("kind").asText());
        assertEquals("2026-11-23T03:00:00Z", json.get("takenAt").asText());
        Path file = Path.of(json.get("file").asText());
        assertTrue(Files.isRegularFile(file), file.toString());
        assertTrue(file.getFileName().toString().endsWith("-manual.zip"), file.toString());
    }
}
