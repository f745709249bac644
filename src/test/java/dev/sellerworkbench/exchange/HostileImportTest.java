package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.cli.Cli;
import dev.sellerworkbench.cli.CliRun;
import dev.sellerworkbench.store.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Hostile files through the CLI entry, as a script runs them: each bad row is reported with its
/// line and field, each warning likewise, nothing else is lost, nothing is half written, and the
/// exit code is never 1 (a bug). The small files and their expected outcomes sit in
/// `src/test/resources/dev/sellerworkbench/exchange/hostile` (`NAME.expect` beside `NAME`); files
/// too large to commit are built here.
class HostileImportTest {

    private static final Path FOLDER = Path.of("src/test/resources/dev/sellerworkbench/exchange/hostile");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<String> files() throws IOException {
        try (Stream<Path> list = Files.list(FOLDER)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expect")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void hostileFileIsReportedRowByRowAndLosesNothingElse(String name) throws IOException {
        Properties expect = new Properties();
        try (Reader in = Files.newBufferedReader(FOLDER.resolve(name + ".expect"), StandardCharsets.UTF_8)) {
            expect.load(in);
        }
        Path file = Files.copy(FOLDER.resolve(name), dir.resolve(name));
        String table = expect.getProperty("table");
        long before = count(table);

        CliRun run = run("import", expect.getProperty("kind"), file.toString(), "--json");

        assertNotEquals(1, run.exit(), run.err());
        assertEquals(Integer.parseInt(expect.getProperty("exit")), run.exit(), run.out() + run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals(list(expect.getProperty("rejected")), pairs(json.get("rejected")), run.out());
        assertEquals(list(expect.getProperty("warnings")), pairs(json.get("warnings")), run.out());
        long accepted = Long.parseLong(expect.getProperty("accepted"));
        assertEquals(accepted, json.get("accepted").asLong());
        assertEquals(run.exit() == Cli.OK ? accepted : 0, count(table) - before, "rows written");
    }

    @Test
    void scientificNotationIsReadAsItsValueNeverWithTheExponentDropped() throws IOException {
        Path file = Files.writeString(dir.resolve("sci.csv"), "handle,region,gmv_30d\nsci_small,VN,1.5e3\n");

        assertEquals(Cli.OK, run("import", "creators", file.toString()).exit());

        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            BigDecimal gmv = ws.jdbi().withHandle(h -> h.createQuery("SELECT gmv_30d FROM creator WHERE handle = 'sci_small'")
                    .mapTo(BigDecimal.class).one());
            assertEquals(0, new BigDecimal("1500").compareTo(gmv), gmv.toPlainString());
        }
    }

    @Test
    void quoteLeftOpenBeforeAMegabyteOfRowsRefusesTheFileInsteadOfDroppingThem() throws IOException {
        StringBuilder text = new StringBuilder("handle,region,name\nfirst,VN,A\nbroken,VN,\"never closed\n");
        for (int i = 0; i < 40_000; i++) {
            text.append("creator_").append(i).append(",VN,Name ").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("open-quote.csv"), text);
        long before = count("creator");

        CliRun run = run("import", "creators", file.toString(), "--json");

        assertEquals(Cli.REJECTED, run.exit(), run.err());
        JsonNode rejected = JSON.readTree(run.out()).get("rejected");
        assertEquals(1, rejected.size(), run.out());
        assertEquals(3, rejected.get(0).get("line").asInt());
        assertTrue(rejected.get(0).get("reason").asText().contains("open-quote.csv"), run.out());
        assertEquals(before, count("creator"));
    }

    @Test
    void xlsxInflatingToAGigabyteIsRefusedWithAMessageInSeconds() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            OutputStream out = zip;
            for (int i = 0; i < 1024; i++) {
                out.write(spaces);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(file) < 16L << 20, "the bomb itself stays small");
        long before = count("creator");
        long start = System.nanoTime();

        CliRun run = run("import", "creators", file.toString(), "--json");

        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(Cli.REJECTED, run.exit(), run.err());
        assertTrue(seconds < 10, "refused after " + seconds + " s");
        JsonNode rejected = JSON.readTree(run.out()).get("rejected");
        assertEquals(1, rejected.size());
        assertTrue(rejected.get(0).get("reason").asText().contains("bomb.xlsx"), run.out());
        assertEquals(before, count("creator"));
    }

    @Test
    void planImportReportsARevokedProductInsteadOfCallingItReady() throws IOException {
        products();
        Path plan = planFile("Revoked inside", "p-revoked", null);
        long before = count("plan");

        CliRun run = run("plans", "import", plan.toString());

        assertEquals(Cli.OK, run.exit(), run.err());
        assertFalse(run.err().contains("ready to publish"), run.err());
        assertTrue(run.err().contains("p-revoked"), run.err());
        assertEquals(before + 1, count("plan"));
    }

    @Test
    void planImportRefusesAProductTheWorkspaceLacksWithoutWriting() throws IOException {
        products();
        Path plan = planFile("Unknown product", "p-nowhere", null);
        long before = count("plan");

        CliRun run = run("plans", "import", plan.toString());

        assertEquals(Cli.REJECTED, run.exit(), run.err());
        assertTrue(run.err().contains("p-nowhere"), run.err());
        assertEquals(before, count("plan"));
    }

    @Test
    void planImportRefusesANameOrReasonLongerThanTheColumnWithoutWriting() throws IOException {
        products();
        long before = count("plan");

        CliRun name = run("plans", "import", planFile("n".repeat(201), "p-live", null).toString());
        CliRun reason = run("plans", "import", planFile("Long reason", "p-live", "r".repeat(501)).toString());

        assertEquals(Cli.REJECTED, name.exit(), name.err());
        assertTrue(name.err().contains("200"), name.err());
        assertEquals(Cli.REJECTED, reason.exit(), reason.err());
        assertTrue(reason.err().contains("500"), reason.err());
        assertEquals(before, count("plan"));
    }

    private void products() throws IOException {
        Path file = Files.writeString(dir.resolve("products.csv"),
                "id,title,price,currency,status\np-live,Live one,100000,VND,Live\np-revoked,Gone,100000,VND,Revoked\n");
        assertEquals(Cli.OK, run("import", "products", file.toString()).exit());
    }

    private Path planFile(String name, String product, String reason) throws IOException {
        var item = new java.util.LinkedHashMap<String, Object>();
        item.put("productId", product);
        item.put("rateBp", 1000);
        if (reason != null) {
            item.put("reason", reason);
        }
        var doc = new java.util.LinkedHashMap<String, Object>();
        doc.put("format", PlanFile.FORMAT);
        doc.put("version", 1);
        doc.put("type", "OPEN");
        doc.put("name", name);
        doc.put("items", List.of(item));
        Path file = dir.resolve("plan-" + Math.abs(name.hashCode()) + "-" + product + ".json");
        JSON.writeValue(file.toFile(), doc);
        return file;
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = dir.resolve("ws").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(Fixture.CLOCK, all);
    }

    private long count(String table) {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            return ws.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
        }
    }

    /// "3:gmv_30d;4:-" as a list; "-" stands for no field (the row or file as a whole).
    private static List<String> list(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split(";"));
    }

    private static List<String> pairs(JsonNode rows) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : rows) {
            out.add(r.get("line").asLong() + ":" + (r.get("field").isNull() ? "-" : r.get("field").asText()));
        }
        return out;
    }
}
