package dev.sellerworkbench.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.cli.Cli;
import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.store.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `levels recompute` and `levels show` end to end on a workspace folder (issue 3, items 3 and 7).
class LevelsCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void workspace() {
        try (Workspace ws = Workspace.open(folder)) {
            long id = ws.creators().insert(new Creator(0, "linh.nguyen", "Nguyễn Linh", Region.VN, null, 5_000, 40, 900,
                    400, Money.of("0", "VND"), 0, 4, List.of("Beauty"), Set.of(), null, null, Audience.UNKNOWN, null));
            ws.levels().saveAll(List.of(new LevelRecord(id, YearMonth.of(2026, 10), LevelKind.OFFICIAL, "tiktok", 3,
                    null, CLOCK.instant())));
            ws.stats().saveAll(List.of(new MonthlyStats(id, YearMonth.of(2026, 10), Money.of("41200000", "VND"), 9, 4,
                    new BigDecimal("4.60"), 0, Money.of("0", "VND"))));
        }
    }

    @Test
    void showPrintsLevelsByMonthAndTheLatestDiagnosis() throws Exception {
        assertEquals(Cli.OK, run("levels", "recompute", "--month", "2026-11", "--profile", "tiktok", "--json"));
        out.reset();

        assertEquals(Cli.OK, run("levels", "show", "@linh.nguyen", "--json"));

        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode levels = json.get("levels");
        assertEquals("2026-11", levels.get(0).get("month").asText());
        assertEquals("projected", levels.get(0).get("kind").asText());
        assertEquals(3, levels.get(0).get("value").asInt());
        assertEquals("tiktok", levels.get(0).get("profile").asText());
        assertEquals("official", levels.get(1).get("kind").asText());
        assertEquals(4, json.get("diagnosis").get("targetLevel").asInt());
        assertEquals("8800000", json.get("diagnosis").get("items").get(0).get("gap").asText());
        assertTrue(json.get("editableDefaults").asBoolean(), "shipped thresholds are labelled as defaults");
    }

    /// R-LV-12: Douyin does not judge a Vietnamese creator, so no "unrated" row appears.
    @Test
    void douyinRecomputeLeavesAVietnameseCreatorUnjudged() throws Exception {
        assertEquals(Cli.OK, run("levels", "recompute", "--month", "2026-11", "--profile", "douyin"));
        out.reset();

        run("levels", "show", "linh.nguyen", "--json");

        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(1, json.get("levels").size());
        assertEquals("official", json.get("levels").get(0).get("kind").asText());
        assertEquals(3, json.get("current").get("value").asInt());
    }

    /// R-LV-11: `current` (value, kind, month) and the history are unchanged by a recompute of an
    /// older month, apart from that month's own projection.
    @Test
    void showCurrentIsUnchangedByAnOlderRecompute() throws Exception {
        try (Workspace ws = Workspace.open(folder)) {
            long id = ws.creators().findByHandle("linh.nguyen").orElseThrow().id();
            ws.levels().saveAll(List.of(new LevelRecord(id, YearMonth.of(2026, 11), LevelKind.OFFICIAL, "tiktok", 5,
                    null, CLOCK.instant())));
            ws.stats().saveAll(List.of(new MonthlyStats(id, YearMonth.of(2026, 9), Money.of("148200000", "VND"), 15,
                    5, new BigDecimal("4.60"), 0, Money.of("0", "VND"))));
        }
        assertEquals(Cli.OK, run("levels", "recompute", "--month", "2026-11", "--profile", "tiktok"));
        out.reset();
        run("levels", "show", "@linh.nguyen", "--json");
        JsonNode before = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        out.reset();

        assertEquals(Cli.OK, run("levels", "recompute", "--month", "2026-10", "--profile", "tiktok", "--json"));
        JsonNode recompute = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        out.reset();
        run("levels", "show", "@linh.nguyen", "--json");
        JsonNode after = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));

        assertTrue(recompute.get("olderThanOfficial").asBoolean());
        assertEquals(0, recompute.get("changed").asInt());
        JsonNode current = after.get("current");
        assertEquals(5, current.get("value").asInt());
        assertEquals("official", current.get("kind").asText());
        assertEquals("2026-11", current.get("month").asText());
        assertEquals(before.get("current"), current);
        assertEquals(before.get("level"), after.get("level"));
        java.util.List<JsonNode> added = new java.util.ArrayList<>();
        after.get("levels").forEach(added::add);
        java.util.List<JsonNode> kept = new java.util.ArrayList<>();
        before.get("levels").forEach(kept::add);
        added.removeIf(row -> row.get("month").asText().equals("2026-10") && row.get("kind").asText().equals("projected"));
        assertEquals(kept, added, "only October's projection was added");
    }

    @Test
    void badMonthIsRejected() {
        assertEquals(Cli.REJECTED, run("levels", "recompute", "--month", "11/2026"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("YYYY-MM"));
    }

    @Test
    void unknownProfileIsRejected() {
        assertEquals(Cli.REJECTED, run("levels", "recompute", "--month", "2026-11", "--profile", "kuaishou"));
    }

    @Test
    void monthWithoutFiguresIsRejected() {
        assertEquals(Cli.REJECTED, run("levels", "recompute", "--month", "2027-03"));
    }

    @Test
    void unknownCreatorIsRejected() {
        assertEquals(Cli.REJECTED, run("levels", "show", "@nobody"));
    }

    /// `levels profile`: export the shipped document, import an edited one into the workspace (it
    /// is then what `show` prints and what recomputes use), reset to the shipped one.
    @Test
    void profileIsExportedImportedIntoTheWorkspaceAndReset() throws Exception {
        java.nio.file.Path file = folder.resolve("tiktok.json");
        assertEquals(Cli.OK, run("levels", "profile", "export", file.toString(), "--id", "tiktok"));
        String shipped = java.nio.file.Files.readString(file);
        assertTrue(shipped.contains("\"gmv\": 120000000"), shipped.substring(0, 200));
        java.nio.file.Files.writeString(file, shipped.replace("\"gmv\": 120000000", "\"gmv\": 90000000"));

        assertEquals(Cli.OK, run("levels", "profile", "import", file.toString()));
        out.reset();
        assertEquals(Cli.OK, run("levels", "profile", "show", "--json"));
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertTrue(json.get("inWorkspace").asBoolean());
        assertEquals(90000000, json.at("/profile/regions/VN/levels/5/gmv").asLong());

        assertEquals(Cli.OK, run("levels", "profile", "reset"));
        out.reset();
        assertEquals(Cli.OK, run("levels", "profile", "show", "--json"));
        json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertEquals(false, json.get("inWorkspace").asBoolean());
        assertEquals(120000000, json.at("/profile/regions/VN/levels/5/gmv").asLong());
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = folder.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Cli().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
    }
}
