package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.cli.Cli;
import dev.sellerworkbench.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `import … --json` prints one object and exits 0 when rows were committed, 2 when nothing was.
class ImportCommandTest {

    @TempDir
    Path dir;


    static CliRun run(String... args) {
        return CliRun.of(Fixture.CLOCK, args);
    }

    @Test
    void jsonReportsAcceptedAndRejectedRowsAndExitsZeroWhenCommitted() throws Exception {
        Path file = Files.writeString(dir.resolve("creators.csv"), "handle,region,followers\nlinh,VN,10\nbad,VN,x\n");

        CliRun run = run("--workspace", dir.resolve("ws").toString(), "import", "creators", file.toString(), "--json");

        assertEquals(Cli.OK, run.exit());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(List.of("file", "format", "accepted", "rejected", "warnings", "committed"),
                iterator(json.fieldNames()));
        assertEquals("creators.csv", json.get("file").asText());
        assertEquals("creators-csv", json.get("format").asText());
        assertEquals(1, json.get("accepted").asInt());
        assertEquals(3, json.get("rejected").get(0).get("line").asInt());
        assertEquals("followers", json.get("rejected").get(0).get("field").asText());
        assertTrue(json.get("committed").asBoolean());
    }

    @Test
    void strictRunWithARejectedRowExitsTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("creators.csv"), "handle,region,followers\nlinh,VN,10\nbad,VN,x\n");

        CliRun run = run("--workspace", dir.resolve("ws").toString(), "import", "creators", file.toString(), "--strict",
                "--json");

        assertEquals(Cli.REJECTED, run.exit());
        assertTrue(run.out().contains("\"committed\" : false"));
    }

    @Test
    void unknownKindExitsTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("x.csv"), "a\n1\n");
        assertEquals(Cli.REJECTED, run("--workspace", dir.resolve("ws").toString(), "import", "plans", file.toString()).exit());
    }

    private static List<String> iterator(java.util.Iterator<String> it) {
        List<String> names = new java.util.ArrayList<>();
        it.forEachRemaining(names::add);
        return names;
    }
}
