package dev.sellerworkbench.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.cli.CliRun;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A targeted plan on a workspace fed only by the seller's files and the command line, the way a
/// real shop starts (R-IN-5, R-COM-1, R-COM-3): the samples' creators, products, open plan and
/// applications, then the targeted plan file, published, and what creators did recorded by hand,
/// from the collaborations file and from an order earned through the collaboration.
class CollaborationsFromFilesTest {

    private static final Path SAMPLES = Path.of("assets", "samples");
    /// The shop is set up and the plan published on 22 Nov; creators answer in the days after.
    private static final Clock SET_UP = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERUM = "1729384756001";
    private static final String SUNSCREEN = "1729384756002";

    @TempDir
    Path dir;
    private String ws;
    private long targeted;
    private Clock clock = SET_UP;

    @BeforeEach
    void shopFromFiles() throws Exception {
        ws = dir.resolve("ws").toString();
        ok("import", "creators", SAMPLES.resolve("creators.csv").toString());
        ok("import", "products", SAMPLES.resolve("products.csv").toString());
        long open = Long.parseLong(ok("plans", "import", SAMPLES.resolve("plan-open.json").toString()).out().strip());
        ok("plans", "publish", String.valueOf(open));
        // thao.mebe is approved for the sunscreen in the open plan "Tết 2027" (10%)
        ok("import", "applications", SAMPLES.resolve("applications.csv").toString());
        targeted = Long.parseLong(ok("plans", "import", SAMPLES.resolve("plan-targeted.json").toString()).out().strip());
    }

    /// Publishes the targeted plan on the set-up day; what follows happens days later.
    private void publish() {
        ok("plans", "publish", String.valueOf(targeted));
        clock = LATER;
    }

    @Test
    void aDraftHoldsCreatorsButNothingSendable() throws Exception {
        List<PlanCreator> members = members();
        assertEquals(3, members.size());
        assertTrue(members.stream().allMatch(m -> m.status() == InvitationStatus.NOT_SENT && m.token() == null),
                members.toString());
        CliRun export = run("invitations", "export", "--plan", String.valueOf(targeted), "--out", dir.resolve("out").toString());
        assertEquals(2, export.exit(), export.err());
        assertTrue(export.err().contains("draft"), export.err());
        CliRun accept = run("invitations", "status", "--plan", String.valueOf(targeted), "--creator", "@thao.mebe", "accepted");
        assertEquals(2, accept.exit(), "a draft takes no answers: " + accept.err());

        publish();

        assertTrue(members().stream().allMatch(m -> m.token() != null && m.token().matches("[0-9a-f]{32}")));
    }

    @Test
    void anAcceptanceGivesTheTargetedRateFromItsMomentAndTheOpenRateBefore() throws Exception {
        publish();
        ok("invitations", "status", "--plan", String.valueOf(targeted), "--creator", "@thao.mebe", "accepted",
                "--at", "2026-11-24T10:30:00+07:00", "--note", "said yes on WhatsApp");

        JsonNode before = resolve("thao.mebe", SUNSCREEN, "2026-11-24T03:29:00Z");
        JsonNode after = resolve("thao.mebe", SUNSCREEN, "2026-11-24T03:31:00Z");

        assertEquals(1000, before.get("rateBasisPoints").asInt(), before.toString());
        assertEquals("OPEN_APPROVED", before.get("rule").asText(), before.toString());
        assertEquals(1500, after.get("rateBasisPoints").asInt(), after.toString());
        assertEquals("TARGETED_ACCEPTED", after.get("rule").asText(), after.toString());
    }

    @Test
    void aDeclinedCreatorKeepsTheOpenRate() throws Exception {
        publish();
        ok("invitations", "status", "--plan", String.valueOf(targeted), "--creator", "@thao.mebe", "declined",
                "--at", "2026-11-24T10:30:00+07:00");

        JsonNode after = resolve("thao.mebe", SUNSCREEN, "2026-11-25T00:00:00Z");

        assertEquals(1000, after.get("rateBasisPoints").asInt(), after.toString());
        assertEquals("OPEN_APPROVED", after.get("rule").asText());
        CliRun again = run("invitations", "status", "--plan", String.valueOf(targeted), "--creator", "@thao.mebe", "accepted",
                "--at", "2026-11-27T00:00:00Z");
        assertEquals(2, again.exit(), "an acceptance in the future is refused: " + again.err());
    }

    @Test
    void anInvalidLinkIsRefusedAndTheFilesLinkIsKept() throws Exception {
        CliRun bad = run("plans", "link", String.valueOf(targeted), "http://affiliate.example/plan?x=1");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("https://"), bad.err());
        try (Workspace w = Workspace.open(ws)) {
            assertEquals("https://affiliate.tiktok.com/seller/im?plan=7302000000000000001",
                    w.plans().findById(targeted).orElseThrow().baseLink(), "a refused link changes nothing");
            assertEquals("7302000000000000001", w.plans().collaborationId(targeted).orElseThrow());
        }
    }

    @Test
    void anOrderEarnedThroughTheCollaborationAcceptsItsCreatorFromTheOrdersTime() throws Exception {
        publish();
        Path orders = dir.resolve("orders.csv");
        Files.writeString(orders, "Order ID,Order Status,Time Created,Payment Amount,Currency,Product ID,SKU ID,"
                + "Creator Username,Target Collaboration ID\n"
                + "580000000000000001,Completed,25/11/2026 09:00:00,289000,VND,1729384756001,1729384756101,hanoi.eats,"
                + "7302000000000000001\n"
                + "580000000000000002,Completed,25/11/2026 10:00:00,199000,VND,1729384756002,1729384756102,minhreview,"
                + "7302000000000000001\n", StandardCharsets.UTF_8);

        ok("import", "orders", orders.toString());

        PlanCreator hanoi = member("hanoi.eats");
        assertEquals(InvitationStatus.ACCEPTED, hanoi.status());
        // 09:00 in Ho Chi Minh City, the order's market
        assertEquals(Instant.parse("2026-11-25T02:00:00Z"), hanoi.acceptedAt());
        try (Workspace w = Workspace.open(ws)) {
            var audit = w.audit().latest("plan_creator", targeted + ":" + hanoi.creatorId()).orElseThrow();
            assertEquals("order 580000000000000001", audit.note());
            assertEquals(LATER.instant(), audit.at(), "the log says when the import ran, on the import's clock");
        }
        assertEquals(1500, resolve("hanoi.eats", SERUM, "2026-11-25T02:01:00Z").get("rateBasisPoints").asInt());
        assertEquals(3, members().size(), "minhreview is not in the plan: an order does not add them");
    }

    @Test
    void theCollaborationsFileRecordsAnswersAndShowcasesAndReimportsAsNoChange() throws Exception {
        publish();

        CliRun first = ok("import", "collaborations", SAMPLES.resolve("collaborations.csv").toString(), "--json");

        assertEquals(3, JSON.readTree(first.out()).get("accepted").asInt(), first.out());
        PlanCreator linh = member("linh.beauty");
        assertEquals(InvitationStatus.ACCEPTED, linh.status());
        assertEquals(Instant.parse("2026-11-24T03:30:00Z"), linh.acceptedAt());
        assertEquals("Confirmed on WhatsApp", linh.note());
        assertEquals(InvitationStatus.DECLINED, member("thao.mebe").status());
        assertEquals(InvitationStatus.SENT, member("hanoi.eats").status());
        try (Workspace w = Workspace.open(ws)) {
            Map<Long, List<String>> showcase = w.plans().showcase(targeted);
            assertEquals(List.of(SERUM, SUNSCREEN), showcase.get(linh.creatorId()).stream().sorted().toList());
        }
        int version = linh.version();

        ok("import", "collaborations", SAMPLES.resolve("collaborations.csv").toString());

        assertEquals(version, member("linh.beauty").version(), "the same file again changes nothing");
    }

    @Test
    void aRowThatBreaksTheRulesIsRejectedWithLineAndField() throws Exception {
        publish();
        Path file = dir.resolve("collab.csv");
        Files.writeString(file, "plan,creator,status,at,showcase\n"
                + "Tết KOL 2027,linh.beauty,accepted,,\n"
                + "Tết KOL 2027,thao.mebe,declined,2026-11-24T10:00:00+07:00,1729384756001\n"
                + "Tết KOL 2027,minhreview,accepted,2026-11-24T10:00:00+07:00,\n", StandardCharsets.UTF_8);

        CliRun result = run("import", "collaborations", file.toString(), "--json");

        assertEquals(2, result.exit(), result.err());
        JsonNode rejected = JSON.readTree(result.out()).get("rejected");
        assertEquals(3, rejected.size(), rejected.toString());
        assertEquals("at", rejected.get(0).get("field").asText());
        assertEquals(2, rejected.get(0).get("line").asInt());
        assertEquals("showcase", rejected.get(1).get("field").asText());
        assertEquals("creator", rejected.get(2).get("field").asText());
        assertTrue(members().stream().allMatch(m -> m.status() == InvitationStatus.NOT_SENT), "nothing written");
    }

    private JsonNode resolve(String handle, String product, String at) throws Exception {
        CliRun r = ok("commission", "resolve", "--creator", "@" + handle, "--product", product, "--at", at, "--json");
        return JSON.readTree(r.out());
    }

    private List<PlanCreator> members() {
        try (Workspace w = Workspace.open(ws)) {
            return w.plans().creators(targeted);
        }
    }

    private PlanCreator member(String handle) {
        try (Workspace w = Workspace.open(ws)) {
            long id = w.creators().findByHandle(handle).orElseThrow().id();
            PlanCreator pc = w.plans().creators(targeted).stream().filter(m -> m.creatorId() == id).findFirst().orElse(null);
            assertNotNull(pc, handle);
            return pc;
        }
    }

    private CliRun ok(String... args) {
        CliRun r = run(args);
        assertEquals(0, r.exit(), String.join(" ", args) + "\n" + r.err() + r.out());
        return r;
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = ws;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(clock, all);
    }
}
