package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.cli.Cli;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.OutreachRepository;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// R-OUT-2: "contacted in the last N days" (today in the seller's zone included) and "never
/// contacted", answered by the index from the outreach log, and the same creators on the command line.
class ContactedFilterTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /// 10:00 on 23 November in Ho Chi Minh City: the last 7 days start 17 November 00:00 (+07).
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZONE);
    static final Instant WEEK_STARTS = Instant.parse("2026-11-16T17:00:00Z");

    @TempDir
    Path folder;

    Set<String> handles(CreatorIndex index, Workspace ws, CreatorQuery query) {
        Set<String> out = new TreeSet<>();
        ws.creators().findByIds(index.search(query.page(0, 100)).ids()).forEach(c -> out.add(c.handle()));
        return out;
    }

    @Test
    void theIndexAndTheCommandLineKeepTheSameContactedCreators() throws Exception {
        try (Workspace ws = Workspace.open(folder)) {
            ws.settings().put(SettingsRepository.TIME_ZONE, ZONE.getId());
            long[] ids = Fixtures.insertEight(ws).values().stream().mapToLong(Long::longValue).toArray();
            ws.jdbi().useHandle(h -> {
                OutreachRepository.record(h, ids[0], 1L, "MESSAGE", CLOCK.instant().minusSeconds(10 * 86_400), "Mai");
                OutreachRepository.record(h, ids[1], 1L, "LINK", WEEK_STARTS, "Mai");
                OutreachRepository.record(h, ids[2], 1L, "CSV", WEEK_STARTS.minusSeconds(1), "Mai");
                OutreachRepository.record(h, ids[3], null, "WHATSAPP", CLOCK.instant().minusSeconds(3_600), "Mai");
                OutreachRepository.record(h, ids[3], null, "WHATSAPP", CLOCK.instant().minusSeconds(40 * 86_400), "Mai");
            });
            CreatorIndex index = CreatorIndex.build(ws, Progress.NONE);
            index.contactClock(CLOCK);

            CreatorQuery week = SearchLanguage.parse("contacted:<7d").query();
            assertEquals(Set.of("minh.tech", "emma.style"), handles(index, ws, week));
            assertEquals(Set.of("linh.beauty", "minh.tech", "siti.home", "emma.style"),
                    handles(index, ws, SearchLanguage.parse("contacted:30").query()));
            assertEquals(Set.of("ploy.food", "huy.sport", "mai.mom", "tom.gadgets"),
                    handles(index, ws, SearchLanguage.parse("contacted:never").query()));
            assertEquals(Set.of("emma.style"), handles(index, ws, SearchLanguage.parse("contacted:1").query()),
                    "today only");

            // a message going out now is seen at once
            index.contacted(ids[4], CLOCK.instant());
            assertEquals(Set.of("minh.tech", "emma.style", "ploy.food"), handles(index, ws, week));
            assertEquals(Set.of("huy.sport", "mai.mom", "tom.gadgets"),
                    handles(index, ws, SearchLanguage.parse("contacted:never").query()));
        }

        // the command line, with flags or the language, returns exactly those creators
        assertEquals(List.of("emma.style", "minh.tech"), cli("--contacted", "7"));
        assertEquals(List.of("emma.style", "minh.tech"), cli("--q", "contacted:<7d"));
        assertEquals(List.of("mai.mom", "huy.sport", "tom.gadgets", "ploy.food"), cli("--contacted", "never"));
    }

    List<String> cli(String... filter) throws Exception {
        List<String> args = new ArrayList<>(List.of("--workspace", folder.toString(), "creators", "search"));
        args.addAll(List.of(filter));
        args.add("--json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli().run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        JsonNode rows = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        List<String> handles = new ArrayList<>();
        rows.forEach(r -> handles.add(r.get("handle").asText()));
        return handles;
    }
}
