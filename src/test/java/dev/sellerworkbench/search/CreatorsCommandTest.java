package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.cli.Cli;
import dev.sellerworkbench.store.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `creators search … --json` and `creators recommend`, as scripts call them (issue 14, item 9).
class CreatorsCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Locale saved;

    @BeforeEach
    void fill() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try (Workspace workspace = Workspace.open(folder)) {
            Fixtures.insertEight(workspace);
        }
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        String[] all = Stream.concat(Stream.of("--workspace", folder.toString()), Stream.of(args)).toArray(String[]::new);
        return new Cli().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC());
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> handles(JsonNode array) {
        List<String> handles = new ArrayList<>();
        array.forEach(node -> handles.add(node.get("handle").asText()));
        return handles;
    }

    @Test
    void searchPrintsOneObjectPerCreatorWithTheDocumentedFields() throws Exception {
        assertEquals(Cli.OK, run("creators", "search", "--level", "3,4", "--followers", "100000..", "--json"));
        JsonNode rows = json();
        assertTrue(rows.isArray());
        assertEquals(List.of("linh.beauty", "siti.home"), handles(rows));
        JsonNode linh = rows.get(0);
        assertEquals("Nguyễn Thị Linh", linh.get("name").asText());
        assertEquals("VN", linh.get("region").asText());
        assertEquals(4, linh.get("level").asInt());
        assertEquals("official", linh.get("levelKind").asText());
        assertEquals(false, linh.get("declining").asBoolean());
        assertEquals(150_000, linh.get("followers").asLong());
        assertEquals(300, linh.get("videos").asInt());
        assertEquals(40_000, linh.get("avgViews").asLong());
        assertEquals(0, new BigDecimal("250000000").compareTo(linh.get("gmv").get("amount").decimalValue()));
        assertEquals("VND", linh.get("gmv").get("currency").asText());
        assertEquals(0, new BigDecimal("5.20").compareTo(linh.get("engagement").decimalValue()));
        JsonNode audience = linh.get("audience");
        assertEquals(0, new BigDecimal("72").compareTo(audience.get("female").decimalValue()));
        assertEquals(0, new BigDecimal("27").compareTo(audience.get("male").decimalValue()));
        assertEquals(0, new BigDecimal("1").compareTo(audience.get("other").decimalValue()));
        assertEquals(0, new BigDecimal("30").compareTo(audience.get("age").get("18-24").decimalValue()));
        assertEquals(0, new BigDecimal("3").compareTo(audience.get("age").get("55+").decimalValue()));
        JsonNode siti = rows.get(1);
        assertEquals("projected", siti.get("levelKind").asText());
        assertTrue(siti.get("declining").asBoolean());
    }

    @Test
    void unratedCreatorsHaveANullLevel() throws Exception {
        assertEquals(Cli.OK, run("creators", "search", "--level", "unrated", "--json"));
        JsonNode rows = json();
        assertEquals(List.of("mai.mom", "ploy.food"), handles(rows));
        assertTrue(rows.get(0).get("level").isNull());
        assertEquals("official", rows.get(0).get("levelKind").asText());
        assertTrue(rows.get(1).get("level").isNull());
    }

    @Test
    void sortIsDescendingUnlessAsc() throws Exception {
        assertEquals(Cli.OK, run("creators", "search", "--sort", "views", "--limit", "2", "--json"));
        assertEquals(List.of("emma.style", "mai.mom"), handles(json()));
        assertEquals(Cli.OK, run("creators", "search", "--sort", "views", "--asc", "--limit", "2", "--offset", "1", "--json"));
        assertEquals(List.of("tom.gadgets", "siti.home"), handles(json()));
    }

    @Test
    void audienceRegionCategoryAndTextFlagsFilter() throws Exception {
        assertEquals(Cli.OK, run("creators", "search", "--audience-gender", "female:60", "--audience-age", "18-24:30", "--json"));
        assertEquals(List.of("linh.beauty", "siti.home"), handles(json()));
        assertEquals(Cli.OK, run("creators", "search", "--region", "GB", "--category", "beauty", "--json"));
        assertEquals(List.of("emma.style"), handles(json()));
        assertEquals(Cli.OK, run("creators", "search", "--text", "nguyen", "--json"));
        assertEquals(List.of("linh.beauty"), handles(json()));
        assertEquals(Cli.OK, run("creators", "search", "--region", "VN", "--gmv", "80000000..250000000", "--json"));
        assertEquals(List.of("linh.beauty", "minh.tech"), handles(json()));
        assertEquals(Cli.OK, run("creators", "search", "--declining", "only", "--content", "link", "--json"));
        assertEquals(List.of("siti.home", "huy.sport"), handles(json()));
    }

    @Test
    void badFlagsAreRejectedWithExitTwoAndNothingOnStdout() {
        for (String[] args : List.of(
                new String[] {"creators", "search", "--level", "x"},
                new String[] {"creators", "search", "--followers", "100000"},
                new String[] {"creators", "search", "--followers", "9..1"},
                new String[] {"creators", "search", "--sort", "rank"},
                new String[] {"creators", "search", "--region", "ZZ"},
                new String[] {"creators", "search", "--audience-gender", "female:160"},
                new String[] {"creators", "search", "--audience-age", "13-17:10"},
                new String[] {"creators", "search", "--gmv", "1..2"},
                new String[] {"creators", "search", "--limit", "0"},
                new String[] {"creators", "search", "--bogus", "1"},
                new String[] {"creators", "find"},
                new String[] {"creators"})) {
            assertEquals(Cli.REJECTED, run(args), String.join(" ", args));
            assertEquals("", out.toString(StandardCharsets.UTF_8), String.join(" ", args));
            assertTrue(!err.toString(StandardCharsets.UTF_8).isBlank(), String.join(" ", args));
        }
    }

    @Test
    void recommendRanksByScoreAndGivesReasons_RCR6() throws Exception {
        assertEquals(Cli.OK, run("creators", "recommend", "--category", "Beauty", "--target", "female:60,18-24:30", "--json"));
        JsonNode rows = json();
        assertEquals(List.of("emma.style", "linh.beauty"), handles(rows));
        assertEquals(90, rows.get(0).get("score").asInt());
        assertEquals(85, rows.get(1).get("score").asInt());
        assertEquals("category", rows.get(1).get("reasons").get(0).get("kind").asText());
        assertEquals(40, rows.get(1).get("reasons").get(0).get("points").asInt());
        assertTrue(rows.get(1).get("text").asText().startsWith("promotes Beauty"), rows.get(1).get("text").asText());
    }

    @Test
    void gmvSortOverTwoCurrenciesNeverInterleavesThemAndSaysSo() throws Exception {
        // R-ST-6: VND amounts are bigger numbers, not bigger sales; each currency is one block.
        assertEquals(Cli.OK, run("creators", "search", "--region", "VN,GB", "--sort", "gmv", "--json"));
        List<String> currencies = new ArrayList<>();
        json().forEach(node -> currencies.add(node.get("gmv").get("currency").asText()));

        assertEquals(List.of("GBP", "GBP", "VND", "VND", "VND", "VND"), currencies);
        assertEquals(List.of("emma.style", "tom.gadgets", "mai.mom", "linh.beauty", "minh.tech", "huy.sport"),
                handles(json()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("never across them: GBP, VND"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void gmvSortWithinOneRegionNamesItsCurrency() throws Exception {
        assertEquals(Cli.OK, run("creators", "search", "--region", "VN", "--sort", "gmv", "--asc", "--json"));

        assertEquals(List.of("huy.sport", "minh.tech", "linh.beauty", "mai.mom"), handles(json()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("GMV ranked in VND."), err.toString(StandardCharsets.UTF_8));
    }
}
