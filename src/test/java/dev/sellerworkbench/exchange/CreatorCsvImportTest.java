package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.progress.Progress;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The workbench creators CSV (R-EX-1) and the import rules of docs/rules.md §8.
class CreatorCsvImportTest {

    static final String HEADER = String.join(",", CreatorRows.FIELDS);

    @TempDir
    Path dir;
    Fixture fx;

    @BeforeEach
    void open() {
        fx = new Fixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    static String creator(String handle, String region, String followers, String engagement, String name) {
        return handle + "," + name + "," + region + "," + followers + ",12,3400," + engagement
                + ",15000000,,120,8,Beauty|Health,live|video,+84 912 345 678,a@example.com,80,19,1,40,35,15,7,3,4";
    }

    /// Line 2 and 9 good; each other line one kind of bad row.
    private String mixed() {
        return Fixture.lf(HEADER,
                creator("linh.beauty", "VN", "284500", "6.8", "Nguyễn Thùy Linh"),           // 2 good
                creator("", "VN", "1000", "5", "No Handle"),                                   // 3 missing handle
                creator("many.followers", "VN", "lots", "5", "Wrong Type"),                  // 4 wrong type
                creator("too.engaged", "VN", "1000", "150", "Out Of Range"),                 // 5 rate out of range
                creator("linh.beauty", "VN", "1", "1", "Duplicate"),                         // 6 duplicated key
                "broken,\"Broken \"quote,VN,1,1,1,1,1,,1,1,,,,,,,,,,,,,",                     // 7 broken quoting
                creator("huge.name", "VN", "1000", "5", "x".repeat(10 * 1024 * 1024)),        // 8 a 10 MB field
                creator("siti.skincare", "ID", "412000", "5.9", "Siti Putri"),              // 9 good
                creator("bad.shares", "GB", "1000", "5", "Shares").replace(",80,19,1,", ",80,30,1,")); // 10 sum 111%
    }

    @Test
    void acceptsGoodRowsAndRejectsEachBadRowByLineAndColumn() throws Exception {
        ImportResult result = fx.run(ImportKind.CREATORS, fx.file("creators.csv", mixed()));

        assertEquals("creators-csv", result.format());
        assertEquals(2, result.accepted());
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 10L), Fixture.lines(result));
        assertEquals(java.util.Arrays.asList("handle", "followers", "engagement_rate", "handle", null, "name",
                "audience_female"), Fixture.fields(result));
        assertTrue(result.committed());
        assertEquals(2, fx.workspace.creators().count());
        assertTrue(result.rejected().get(1).reason().contains("\"lots\" is not a whole number"));
        assertTrue(result.rejected().get(3).reason().contains("line 2"));
    }

    @Test
    void storesEveryColumnOfTheCsv() throws Exception {
        fx.run(ImportKind.CREATORS, fx.file("creators.csv", Fixture.lf(HEADER,
                creator("@Linh.Beauty", "vn", "\"284,500\"", "6.8", "Nguyễn Thùy Linh"))));

        Creator c = fx.workspace.creators().findByHandle(Region.VN, "linh.beauty").orElseThrow();
        assertEquals("Nguyễn Thùy Linh", c.name());
        assertEquals(284_500, c.followers());
        assertEquals(680, c.engagementBp());
        assertEquals(0, new BigDecimal("15000000").compareTo(c.gmv30d().amount()));
        assertEquals("VND", c.gmv30d().currency());
        assertEquals(List.of("Beauty", "Health"), c.categories());
        assertEquals(Set.of(ContentType.LIVE, ContentType.VIDEO), c.contentTypes());
        assertEquals(8_000, c.audience().femaleBp());
        assertEquals(4_000, c.audience().age18to24Bp());
        assertEquals(4, c.level().value());
        assertEquals(LevelKind.OFFICIAL, c.level().kind());
    }

    @Test
    void anOfficialLevelIsRecordedAsThisMonthsOfficialLevel() throws Exception {
        Path file = fx.file("creators.csv", Fixture.lf(HEADER, creator("linh.beauty", "VN", "1", "1", "Linh")));
        fx.run(ImportKind.CREATORS, file);
        fx.run(ImportKind.CREATORS, file);

        long id = fx.workspace.creators().findByHandle(Region.VN, "linh.beauty").orElseThrow().id();
        var history = fx.workspace.levels().history(id);
        assertEquals(1, history.size(), "R-LV-3: one official record per month, also after re-import");
        assertEquals(java.time.YearMonth.of(2026, 11), history.get(0).month());
        assertEquals(LevelKind.OFFICIAL, history.get(0).kind());
        assertEquals(4, history.get(0).level());
        assertEquals("tiktok", history.get(0).profile());
    }

    @Test
    void readsTheSameWithBomCrlfAndSemicolons() throws Exception {
        String good1 = creator("linh.beauty", "VN", "284500", "6.8", "Linh");
        String good2 = creator("siti.skincare", "ID", "412000", "5.9", "Siti");
        String bad = creator("bad.type", "VN", "x", "5", "Bad");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String plain = Fixture.lf(HEADER, good1, bad, good2);
        String crlf = Fixture.crlf(HEADER, good1, bad, good2);
        String semi = Fixture.crlf(HEADER.replace(',', ';'), good1.replace(',', ';'), bad.replace(',', ';'),
                good2.replace(',', ';').replace("6.8", "6,8"));

        for (Path file : List.of(fx.file("plain.csv", plain), fx.bytes("bom.csv", concat(bom, plain)),
                fx.file("crlf.csv", crlf), fx.bytes("bom-crlf-semicolon.csv", concat(bom, semi)))) {
            ImportResult result = fx.run(ImportKind.CREATORS, file);
            assertEquals(2, result.accepted(), file.toString());
            assertEquals(List.of(3L), Fixture.lines(result), file.toString());
            assertEquals(List.of("followers"), Fixture.fields(result), file.toString());
        }
        assertEquals(2, fx.workspace.creators().count());
    }

    @Test
    void unterminatedQuoteCostsOnlyItsOwnRow() throws Exception {
        String file = Fixture.lf(HEADER,
                creator("first", "VN", "1", "1", "First"),
                "second,\"Never closed,VN,1,1,1,1,1,,1,1,,,,,,,,,,,,,",
                creator("third", "VN", "3", "1", "Third"),
                creator("fourth", "VN", "4", "1", "Fourth"));

        ImportResult result = fx.run(ImportKind.CREATORS, fx.file("unterminated.csv", file));

        assertEquals(3, result.accepted());
        assertEquals(List.of(3L), Fixture.lines(result));
    }

    @Test
    void latin1FileIsRejectedWholeNamingTheFileAndLine() throws Exception {
        byte[] latin1 = Fixture.lf(HEADER, creator("ok", "VN", "1", "1", "Ok"),
                creator("cafe", "VN", "1", "1", "Café Thảo")).getBytes(StandardCharsets.ISO_8859_1);

        ImportResult result = fx.run(ImportKind.CREATORS, fx.bytes("latin1.csv", latin1));

        assertFalse(result.committed());
        assertEquals(0, result.accepted());
        assertEquals(1, result.rejected().size());
        assertEquals(3, result.rejected().get(0).line());
        assertNull(result.rejected().get(0).field());
        assertTrue(result.rejected().get(0).reason().contains("latin1.csv"));
        assertTrue(result.rejected().get(0).reason().contains("UTF-8"));
        assertEquals(0, fx.workspace.creators().count());
    }

    @Test
    void fileWithoutRequiredColumnsIsRejectedWhole() throws Exception {
        ImportResult result = fx.run(ImportKind.CREATORS, fx.file("products.csv",
                Fixture.lf("id,title,category,price,currency,status", "p1,Serum,Beauty,100,VND,Live")));

        assertFalse(result.committed());
        assertEquals(1, result.rejected().size());
        assertTrue(result.rejected().get(0).reason().contains("products.csv"));
        assertTrue(result.rejected().get(0).reason().contains("handle, region"));
    }

    @Test
    void strictModeCommitsNothingWhenAnyRowIsRejected() throws Exception {
        ImportResult result = fx.strict(ImportKind.CREATORS, fx.file("creators.csv", mixed()));

        assertEquals(2, result.accepted());
        assertEquals(7, result.rejectedTotal());
        assertFalse(result.committed());
        assertEquals(0, fx.workspace.creators().count());
    }

    @Test
    void strictModeCommitsACleanFile() throws Exception {
        ImportResult result = fx.strict(ImportKind.CREATORS, fx.file("clean.csv", Fixture.lf(HEADER,
                creator("a", "VN", "1", "1", "A"), creator("b", "VN", "2", "1", "B"))));

        assertTrue(result.committed());
        assertEquals(2, fx.workspace.creators().count());
    }

    @Test
    void reimportUpdatesByRegionAndHandleWithoutDuplicates() throws Exception {
        Path file = fx.file("creators.csv", mixed());
        ImportResult first = fx.run(ImportKind.CREATORS, file);
        ImportResult second = fx.run(ImportKind.CREATORS, file);

        assertEquals(first.accepted(), second.accepted());
        assertEquals(Fixture.lines(first), Fixture.lines(second));
        assertEquals(2, fx.workspace.creators().count());

        fx.run(ImportKind.CREATORS, fx.file("update.csv", Fixture.lf("handle,region,followers",
                "linh.beauty,VN,300000")));
        Creator linh = fx.workspace.creators().findByHandle(Region.VN, "linh.beauty").orElseThrow();
        assertEquals(300_000, linh.followers());
        assertEquals("Nguyễn Thùy Linh", linh.name(), "a column the file lacks keeps its value");
        assertEquals(2, fx.workspace.creators().count());
    }

    @Test
    void cancelledImportLeavesTheWorkspaceAsItWas() throws Exception {
        fx.run(ImportKind.CREATORS, fx.file("one.csv", Fixture.lf(HEADER, creator("keep.me", "VN", "5", "1", "Kept"))));
        StringBuilder big = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 5_000; i++) {
            big.append(creator("c" + i, "VN", String.valueOf(i), "1", "Creator " + i)).append('\n');
        }
        big.append(creator("keep.me", "VN", "999999", "1", "Changed")).append('\n');
        AtomicLong polls = new AtomicLong();
        Progress cancelAfterHalf = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                // polled every 100 rows: true once 2,500 rows (two batches written) are behind
                return polls.incrementAndGet() > 25;
            }
        };

        Path file = fx.file("big.csv", big.toString());
        assertThrows(Progress.CancelledException.class,
                () -> fx.importer.run(ImportKind.CREATORS, file, false, cancelAfterHalf));

        assertEquals(1, fx.workspace.creators().count());
        assertEquals(5, fx.workspace.creators().findByHandle(Region.VN, "keep.me").orElseThrow().followers());
    }

    @Test
    void previewShowsTheDetectedFormatMappingAndFirstRows() throws Exception {
        ImportPreview preview = fx.importer.preview(ImportKind.CREATORS,
                fx.file("preview.csv", Fixture.lf("handle,region,shoe_size,followers", "a,VN,42,10", "b,ID,40,20",
                        "c,GB,44,30")), 2);

        assertEquals("creators-csv", preview.format());
        assertEquals(List.of(new ImportPreview.ColumnMapping("handle", "handle"),
                new ImportPreview.ColumnMapping("region", "region"),
                new ImportPreview.ColumnMapping("shoe_size", null),
                new ImportPreview.ColumnMapping("followers", "followers")), preview.columns());
        assertEquals(2, preview.rows().size());
        assertEquals(List.of("b", "ID", "40", "20"), preview.rows().get(1).cells());
        assertEquals(3, preview.rows().get(1).line());
        assertEquals(0, fx.workspace.creators().count(), "a preview writes nothing");
    }

    @Test
    void exportedCreatorsImportBackUnchanged() throws Exception {
        fx.run(ImportKind.CREATORS, fx.file("creators.csv", mixed()));
        List<Creator> creators = fx.workspace.creators().page(0, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(fx.workspace).creators(creators, ExportFormat.CSV, out);

        try (Fixture other = new Fixture(dir.resolve("other"))) {
            java.nio.file.Files.createDirectories(other.dir);
            ImportResult result = other.run(ImportKind.CREATORS, other.bytes("export.csv", out.toByteArray()));
            assertEquals(List.of(), result.rejected());
            assertEquals(2, result.accepted());
            Creator back = other.workspace.creators().findByHandle(Region.VN, "linh.beauty").orElseThrow();
            Creator orig = fx.workspace.creators().findByHandle(Region.VN, "linh.beauty").orElseThrow();
            assertEquals(orig.audience(), back.audience());
            assertEquals(orig.followers(), back.followers());
            assertEquals(orig.level(), back.level());
            assertEquals(0, orig.gmv30d().amount().compareTo(back.gmv30d().amount()));
        }
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] tail = b.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + tail.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(tail, 0, all, a.length, tail.length);
        return all;
    }
}
