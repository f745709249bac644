package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.cli.Cli;
import dev.sellerworkbench.store.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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

/// R-EX-1: the seller names a platform category id on the command line (`categories set`), and
/// that name is what `creators search --json` prints and what `--category` and `cat:` accept;
/// `categories reset` brings the shipped name (or "Category 999999") back.
class CategoryNamesCliTest {

    @TempDir
    Path dir;
    private Locale saved;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void importCreators() throws Exception {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        // siti holds 601450 (shipped: Beauty & Personal Care) and 999999 (no shipped name)
        try (Fixture fx = new Fixture(dir)) {
            assertEquals(List.of(), fx.run(ImportKind.CREATORS, fx.file("creators.json",
                    PlatformCreatorUnknownsTest.RESPONSE)).rejected());
        }
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    private int cli(String... words) {
        out.reset();
        err.reset();
        String[] all = Stream.concat(Stream.of("--workspace", dir.resolve("ws").toString()), Stream.of(words))
                .toArray(String[]::new);
        return new Cli().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC());
    }

    private JsonNode json(String... words) throws Exception {
        assertEquals(Cli.OK, cli(words), err.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> names(JsonNode creators, String handle) {
        List<String> names = new ArrayList<>();
        for (JsonNode c : creators) {
            if (c.get("handle").asText().equals(handle)) {
                c.get("categoryNames").forEach(n -> names.add(n.asText()));
            }
        }
        return names;
    }

    private static List<String> handles(JsonNode creators) {
        List<String> handles = new ArrayList<>();
        creators.forEach(c -> handles.add(c.get("handle").asText()));
        return handles;
    }

    @Test
    void aNameTheSellerGivesIsListedPrintedAndSearchedByUntilReset() throws Exception {
        json("categories", "set", "999999", "Pet Supplies", "--json");
        json("categories", "set", "601450", "Chăm sóc da", "--lang", "vi");
        assertEquals(List.of("Beauty & Personal Care", "Pet Supplies"),
                names(json("creators", "search", "--json", "--category", "pet supplies"), "siti.skincare"),
                "printed by the seller's name, and found by it");
        assertEquals(List.of("siti.skincare"), handles(json("creators", "search", "--json", "--q", "cat:\"Pet Supplies\"")));
        JsonNode recommended = json("creators", "recommend", "--category", "Pet Supplies", "--json");
        assertEquals("siti.skincare", recommended.get(0).get("handle").asText());
        assertTrue(recommended.get(0).get("text").asText().contains("promotes Pet Supplies"), recommended.toString());

        JsonNode list = json("categories", "list", "--json");
        assertEquals(2, list.size(), list.toString());
        assertEquals("999999", list.get(0).get("id").asText(), "no shipped name: first");
        assertEquals("Category 999999", list.get(0).get("shippedName").asText());
        assertEquals("Pet Supplies", list.get(0).get("ownNames").get("all").asText());
        assertEquals(1, list.get(0).get("creators").asInt());
        assertEquals("Beauty & Personal Care", list.get(1).get("name").asText(), "the Vietnamese name is for Vietnamese");
        assertEquals("Chăm sóc da", list.get(1).get("ownNames").get("vi").asText());

        assertEquals("Category 999999", json("categories", "reset", "999999", "--json").get("name").asText());
        assertEquals(List.of("Beauty & Personal Care", "Category 999999"),
                names(json("creators", "search", "--json"), "siti.skincare"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            assertEquals("UNSET", ws.audit().latest("setting", "categoryName.999999").orElseThrow().action(),
                    "each change is audited");
        }
    }

    @Test
    void aNameForSomethingNotAnIdOrAnUnknownLanguageIsRefusedAndNothingIsStored() throws Exception {
        assertEquals(Cli.REJECTED, cli("categories", "set", "beauty", "Pet Supplies"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a platform category id"), err.toString());
        assertEquals(Cli.REJECTED, cli("categories", "set", "999999", "Pet Supplies", "--lang", "fr"));
        assertEquals(Cli.REJECTED, cli("categories", "set", "999999", "  "));
        assertEquals(List.of("Beauty & Personal Care", "Category 999999"),
                names(json("creators", "search", "--json"), "siti.skincare"));
    }
}
