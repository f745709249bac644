package dev.sellerworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.CreatorIndex;
import dev.sellerworkbench.search.CreatorQuery;
import dev.sellerworkbench.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `creators export FILE …`: every creator the search matches, in its order, as CSV or XLSX (R-EX-6).
class CreatorsExportCommandTest {

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC), args);
    }

    private String demo() {
        String ws = dir.resolve("ws").toString();
        CliRun demo = run("--workspace", ws, "demo", "--creators", "400");
        assertEquals(0, demo.exit(), demo.err());
        return ws;
    }

    @Test
    void exportWritesEveryMatchInTheSearchsOrderBeyondOnePage() throws Exception {
        String ws = demo();
        int matches;
        try (Workspace w = Workspace.open(ws)) {
            matches = CreatorIndex.build(w, Progress.NONE)
                    .search(CreatorQuery.builder().regions(Set.of(Region.VN)).build()).total();
        }
        assertTrue(matches > CreatorQuery.DEFAULT_LIMIT, "more matches than one search page: " + matches);
        JsonNode searched = new ObjectMapper().readTree(run("--workspace", ws, "creators", "search", "--region", "VN",
                "--sort", "gmv", "--limit", "10000", "--json").out());
        Path file = dir.resolve("vn.csv");

        CliRun export = run("--workspace", ws, "creators", "export", file.toString(), "--region", "VN", "--sort", "gmv");

        assertEquals(0, export.exit(), export.err());
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 with BOM");
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("handle,"), lines.get(0));
        assertEquals(matches, lines.size() - 1);
        List<String> handles = new ArrayList<>();
        searched.forEach(c -> handles.add(c.get("handle").asText()));
        assertEquals(handles, lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList());
    }

    @Test
    void aFileNamedXlsxIsAWorkbookAndFormatOverridesTheName() throws Exception {
        String ws = demo();
        Path xlsx = dir.resolve("all.xlsx");
        Path csvNamedXlsx = dir.resolve("plain.xlsx");

        assertEquals(0, run("--workspace", ws, "creators", "export", xlsx.toString()).exit());
        assertEquals(0, run("--workspace", ws, "creators", "export", csvNamedXlsx.toString(), "--format", "csv").exit());

        byte[] zip = Files.readAllBytes(xlsx);
        assertEquals("PK", new String(zip, 0, 2, StandardCharsets.ISO_8859_1));
        assertEquals((byte) 0xEF, Files.readAllBytes(csvNamedXlsx)[0]);
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "handle,name,region\nevil,=HYPERLINK(\"x\"),VN\nat,@SUM(1),VN\n");
        CliRun imported = run("--workspace", ws, "import", "creators", in.toString());
        assertEquals(0, imported.exit(), imported.err());
        Path out = dir.resolve("out.csv");

        assertEquals(0, run("--workspace", ws, "creators", "export", out.toString()).exit());

        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertFalse(text.contains(",=HYPERLINK") || text.contains(",\"=HYPERLINK"), text);
        assertFalse(text.contains(",@SUM"), text);
        assertTrue(text.contains("HYPERLINK") && text.contains("SUM(1)"), text);
    }

    @Test
    void aPageFlagIsRefusedAndNothingIsWritten() {
        String ws = dir.resolve("ws").toString();
        Path file = dir.resolve("x.csv");

        CliRun limited = run("--workspace", ws, "creators", "export", file.toString(), "--limit", "10");
        CliRun typo = run("--workspace", ws, "creators", "export", file.toString(), "--regoin", "VN");

        assertEquals(Cli.REJECTED, limited.exit());
        assertEquals(Cli.REJECTED, typo.exit());
        assertTrue(typo.err().contains("did you mean --region?"), typo.err());
        assertFalse(Files.exists(file));
    }
}
