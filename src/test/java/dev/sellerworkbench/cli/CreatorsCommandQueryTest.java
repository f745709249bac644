package dev.sellerworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `creators search --q "…"` answers exactly what the equivalent flags answer, and a query that
/// cannot be read exits 2 with its position.
class CreatorsCommandQueryTest {

    @TempDir
    static Path dir;
    static String ws;

    static CliRun run(String... args) {
        return CliRun.of(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC), args);
    }

    @BeforeAll
    static void demo() {
        ws = dir.resolve("ws").toString();
        CliRun demo = run("--workspace", ws, "demo", "--creators", "400");
        assertEquals(0, demo.exit(), demo.err());
    }

    static JsonNode search(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--workspace", ws, "creators", "search"));
        all.addAll(List.of(args));
        all.add("--json");
        CliRun r = run(all.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void queryAndFlagsGiveIdenticalJson() throws Exception {
        JsonNode byQuery = search("--q", "region:VN level:0-8,unrated followers:1k.. gmv:>0 declining:no sort:gmv",
                "--limit", "200");
        JsonNode byFlags = search("--region", "VN", "--level", "0,1,2,3,4,5,6,7,8,unrated", "--followers", "1000..",
                "--gmv", "0..", "--declining", "exclude", "--sort", "gmv", "--limit", "200");
        assertTrue(byQuery.size() > 10, "a page worth comparing: " + byQuery.size());
        assertEquals(byFlags, byQuery);
    }

    @Test
    void audienceAndPageQueryGivesIdenticalJson() throws Exception {
        JsonNode byQuery = search("--q", "female:40+ age:18-24:10+ sort:views:asc", "--limit", "20", "--offset", "5");
        JsonNode byFlags = search("--audience-gender", "female:40", "--audience-age", "18-24:10", "--sort", "views",
                "--asc", "--limit", "20", "--offset", "5");
        assertTrue(byQuery.size() > 0);
        assertEquals(byFlags, byQuery);
    }

    @Test
    void theDocumentedExampleGivesIdenticalJson() throws Exception {
        JsonNode byQuery = search("--q", SearchLanguageFlagsTest.EXAMPLE);
        JsonNode byFlags = search("--level", "4,5,6", "--followers", "50000..500000", "--audience-gender", "female:60",
                "--audience-age", "18-24:30", "--region", "VN", "--category", "beauty", "--content", "live", "--gmv",
                "10000000..", "--declining", "exclude", "--text", "lan anh");
        assertEquals(byFlags, byQuery);
    }

    @Test
    void unreadableQueryExitsTwoWithItsColumn() {
        CliRun r = run("--workspace", ws, "creators", "search", "--q", "region:VN level:x");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Column 17"), r.err());
    }

    @Test
    void queryBesideAFilterFlagIsRefused() {
        CliRun r = run("--workspace", ws, "creators", "search", "--q", "level:4", "--region", "VN");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--region"), r.err());
    }
}
