package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/// The file-level rules of docs/rules.md §8 for every CSV import: BOM or not, CRLF, `;` separators, broken
/// quoting and a 10 MB cell each cost one row; Latin-1 bytes reject the file whole.
class CsvRobustnessTest {

    @TempDir
    Path dir;
    Fixture fx;
    long targeted;

    @BeforeEach
    void open() throws Exception {
        fx = new Fixture(dir);
        fx.run(ImportKind.CREATORS, fx.file("c.csv", Fixture.lf("handle,region", "linh,VN", "an,VN")));
        fx.run(ImportKind.PRODUCTS, fx.file("p.csv", Fixture.lf("id,title,category,price,currency,status",
                "p1,Serum,Beauty,1,VND,Live")));
        fx.workspace.plans().create(new Plan(0, PlanType.OPEN, "Tết 2027", null, null, PlanStatus.PUBLISHED, true,
                null, null, null, null, null, 0));
        // a published targeted plan whose two creators have not answered yet (R-IN-5)
        targeted = fx.workspace.plans().create(new Plan(0, PlanType.TARGETED, "KOL", null, null, PlanStatus.PUBLISHED,
                false, null, null, null, null, null, 0));
        for (String handle : List.of("linh", "an")) {
            fx.workspace.plans().saveCreator(new PlanCreator(targeted, fx.workspace.creators().findByHandle(handle)
                    .orElseThrow().id(), InvitationStatus.SENT, java.time.Instant.parse("2026-11-19T00:00:00Z"), null,
                    null, null, false));
        }
    }

    @AfterEach
    void close() {
        fx.close();
    }

    /// Header and two good rows per kind.
    private static List<String> good(ImportKind kind) {
        return switch (kind) {
            case CREATORS -> List.of("handle,region,followers", "a,VN,1", "b,VN,2");
            case PRODUCTS -> List.of("id,title,category,price,currency,status", "p8,Serum,Beauty,1,VND,Live",
                    "p9,Kem,Beauty,2,VND,Revoked");
            case APPLICATIONS -> List.of("id,creator,product_id,plan,applied_at,status",
                    "A1,linh,p1,Tết 2027,2026-11-20T09:15:00+07:00,Pending",
                    "A2,linh,p1,Tết 2027,2026-11-21T09:15:00+07:00,Rejected");
            case STATS -> List.of("handle,region,month,gmv", "linh,VN,2026-10,100", "linh,VN,2026-09,200");
            case ORDERS -> List.of("Order ID,SKU ID,Payment Amount,Currency", "1,s1,10,GBP", "2,s1,20,GBP");
            case COLLABORATIONS -> List.of("plan,creator,status,at", "KOL,linh,accepted,2026-11-20T09:15:00+07:00",
                    "KOL,an,declined,2026-11-21T09:15:00+07:00");
            case SAMPLES -> List.of("creator,product_id,status,requested_at", "linh,p1,requested,2026-11-20T09:15:00+07:00",
                    "an,p1,requested,2026-11-21T09:15:00+07:00");
        };
    }

    /// Good row, broken quoting (line 3), a 10 MB cell (line 4), good row.
    private static byte[] file(ImportKind kind, String separator, String lineEnd, boolean bom) {
        List<String> g = good(kind);
        int columns = g.get(0).split(",").length;
        String rest = ",x".repeat(columns - 1);
        List<String> lines = List.of(g.get(0), g.get(1), "\"bro\"ken" + rest, "\"" + "z".repeat(10 * 1024 * 1024) + "\"" + rest,
                g.get(2));
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        for (String line : lines) {
            text.append(line.replace(",", separator)).append(lineEnd);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    // Samples read their rows through the same CsvSource as every kind here; the 10 MB cell is not
    // parsed a seventh time for them (SampleImportTest covers their rows), to keep the suite short.
    @ParameterizedTest
    @EnumSource(value = ImportKind.class, mode = EnumSource.Mode.EXCLUDE, names = "SAMPLES")
    void brokenQuotingAndAHugeCellCostOneRowEachWhateverTheDialect(ImportKind kind) throws Exception {
        List<byte[]> dialects = List.of(file(kind, ",", "\n", false), file(kind, ",", "\r\n", true),
                file(kind, ";", "\r\n", true), file(kind, ";", "\n", false));
        long before = -1;
        for (int i = 0; i < dialects.size(); i++) {
            ImportResult result = fx.run(kind, fx.bytes(kind.word() + i + ".csv", dialects.get(i)));
            assertEquals(2, result.accepted(), kind + " dialect " + i + ": " + result.rejected());
            assertEquals(List.of(3L, 4L), Fixture.lines(result), kind + " dialect " + i);
            assertTrue(result.rejected().get(1).reason().contains("100,000"), kind + " dialect " + i);
            assertTrue(result.committed());
            long count = count(kind);
            if (before >= 0) {
                assertEquals(before, count, "re-import creates no duplicates: " + kind);
            }
            before = count;
        }
    }

    @ParameterizedTest
    @EnumSource(ImportKind.class)
    void latin1BytesRejectTheWholeFile(ImportKind kind) throws Exception {
        long before = count(kind);
        List<String> g = good(kind);
        String text = Fixture.lf(g.get(0), g.get(1), g.get(2).replace("2", "é"));
        ImportResult result = fx.run(kind, fx.bytes("latin1.csv", text.getBytes(StandardCharsets.ISO_8859_1)));

        assertFalse(result.committed());
        assertEquals(0, result.accepted());
        assertEquals(List.of(3L), Fixture.lines(result));
        assertNull(result.rejected().get(0).field());
        assertTrue(result.rejected().get(0).reason().contains("latin1.csv"));
        assertEquals(before, count(kind));
    }

    private long count(ImportKind kind) {
        return switch (kind) {
            case CREATORS -> fx.workspace.creators().count();
            case PRODUCTS -> fx.workspace.products().count();
            case APPLICATIONS -> fx.workspace.applications().count();
            case STATS -> fx.workspace.stats().count();
            case ORDERS -> fx.workspace.orders().count();
            case COLLABORATIONS -> fx.workspace.plans().countCreators(targeted);
            case SAMPLES -> fx.workspace.samples().count();
        };
    }

}
