package dev.sellerworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `import samples`, `samples list --overdue`, `samples set-status` and `samples export` as a script
/// runs them (R-SA-1 … R-SA-3), on the shipped sample files.
class SamplesCommandTest {

    /// minhreview's sample was delivered 2026-11-07 06:45 UTC: overdue from 14 days later (R-SA-2).
    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(Clock.fixed(NOW, ZoneOffset.UTC), args);
    }

    static List<String> handles(JsonNode rows) {
        List<String> handles = new ArrayList<>();
        rows.forEach(r -> handles.add(r.get("creator").asText()));
        return handles;
    }

    @Test
    void overdueSampleIsListedUntilItsContentIsPosted() throws Exception {
        String ws = dir.resolve("ws").toString();
        for (String[] file : List.of(new String[] {"creators", "creators.csv"}, new String[] {"products", "products.csv"},
                new String[] {"samples", "samples.csv"})) {
            CliRun imported = run("--workspace", ws, "import", file[0], "assets/samples/" + file[1], "--strict");
            assertEquals(0, imported.exit(), imported.err());
        }

        CliRun overdue = run("--workspace", ws, "samples", "list", "--overdue", "--json");
        assertEquals(0, overdue.exit(), overdue.err());
        JsonNode rows = JSON.readTree(overdue.out());
        assertEquals(List.of("minhreview"), handles(rows));
        JsonNode sample = rows.get(0);
        assertEquals("delivered", sample.get("status").asText());
        assertTrue(sample.get("earnedGmv").isTextual(), "a delivered sample has earned a known amount: " + sample);

        CliRun skipped = run("--workspace", ws, "samples", "set-status", "requested", sample.get("id").asText());
        assertEquals(2, skipped.exit(), "delivered cannot go back to requested (R-SA-1)");
        assertTrue(skipped.err().contains("cannot become requested"), skipped.err());

        CliRun posted = run("--workspace", ws, "samples", "set-status", "content-posted",
                sample.get("id").asText() + "@" + sample.get("version").asText(),
                "--content", "https://www.tiktok.com/@minhreview/video/1", "--json");
        assertEquals(0, posted.exit(), posted.err());
        assertEquals("content-posted", JSON.readTree(posted.out()).get("samples").get(0).get("to").asText());

        CliRun stale = run("--workspace", ws, "samples", "set-status", "no-content",
                sample.get("id").asText() + "@" + sample.get("version").asText());
        assertEquals(2, stale.exit(), "the version listed is no longer the sample's");

        assertEquals(0, JSON.readTree(run("--workspace", ws, "samples", "list", "--overdue", "--json").out()).size());

        Path out = dir.resolve("samples-out.csv");
        CliRun export = run("--workspace", ws, "samples", "export", out.toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals(6, Files.readAllLines(out).size(), "a header and five samples");
    }

    /// `samples list` gives dates in the seller's zone: in Los Angeles, minhreview's sample
    /// delivered 2026-07-04 06:45 UTC (13:45 in Ho Chi Minh City, as the file says) was delivered
    /// on the evening of 2026-07-03.
    @Test
    void listGivesDatesInTheSellersZone() throws Exception {
        Path ws = dir.resolve("la");
        try (Workspace workspace = Workspace.open(ws)) {
            workspace.settings().put(SettingsRepository.TIME_ZONE, "America/Los_Angeles");
        }
        for (String[] file : List.of(new String[] {"creators", "creators.csv"}, new String[] {"products", "products.csv"},
                new String[] {"samples", "samples.csv"})) {
            CliRun imported = run("--workspace", ws.toString(), "import", file[0], "assets/samples/" + file[1], "--strict");
            assertEquals(0, imported.exit(), imported.err());
        }

        CliRun json = run("--workspace", ws.toString(), "samples", "list", "--overdue", "--json");
        assertEquals(0, json.exit(), json.err());
        JsonNode sample = JSON.readTree(json.out()).get(0);
        assertEquals("2026-07-03T23:45:00-07:00", sample.get("deliveredAt").asText());
        assertEquals(Instant.parse("2026-07-04T06:45:00Z"), OffsetDateTime.parse(sample.get("deliveredAt").asText())
                .toInstant(), "the same moment as the file's");

        CliRun text = run("--workspace", ws.toString(), "samples", "list", "--overdue");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("\t2026-07-03 23:45\t"), text.out());
    }
}
