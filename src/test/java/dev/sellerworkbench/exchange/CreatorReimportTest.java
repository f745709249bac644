package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.progress.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Importing creators into a workspace that already holds them (R-EX-1): rows that say what the
/// workspace holds are not written at all, changed rows are updated, new rows inserted, and keys
/// are matched by region and handle together.
class CreatorReimportTest {

    private static final String HEADER = CreatorCsvImportTest.HEADER;
    private static final Instant OLD = Instant.parse("2020-01-01T00:00:00Z");

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

    private static String row(String handle, String region, String followers, String gmv, String level) {
        return handle + ",Name " + handle + "," + region + "," + followers + ",12,3400,6.8," + gmv
                + ",,120,8,Beauty|Health,live|video,+84 912 345 678,a@example.com,80,19,1,40,35,15,7,3," + level;
    }

    /// When each creator's row and official level record were last written, by handle.
    private Map<String, Instant[]> stamps() {
        Map<String, Instant[]> stamps = new TreeMap<>();
        fx.workspace.jdbi().useHandle(h -> h.createQuery("SELECT c.handle, c.region, c.updated_at, l.computed_at "
                        + "FROM creator c LEFT JOIN creator_level l ON l.creator_id = c.id AND l.level_kind = 'OFFICIAL'")
                .map((rs, ctx) -> {
                    stamps.put(rs.getString(2) + "/" + rs.getString(1), new Instant[] {
                            rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                            rs.getObject(4) == null ? null : rs.getObject(4, java.time.OffsetDateTime.class).toInstant()});
                    return 0;
                }).list());
        return stamps;
    }

    @Test
    void unchangedRowsAreNotWrittenChangedOnesAreAndNewOnesAreAdded() throws Exception {
        fx.run(ImportKind.CREATORS, fx.file("first.csv", Fixture.lf(HEADER,
                row("same", "VN", "1000", "150000", "3"),
                row("sparse", "VN", "2000", "", "2"),
                row("more.followers", "VN", "3000", "150000", "3"),
                row("new.level", "VN", "4000", "150000", "3"),
                row("twin", "VN", "5000", "150000", "1"))));
        // every row and level record dated long ago, so that any write shows
        fx.workspace.jdbi().useHandle(h -> {
            h.createUpdate("UPDATE creator SET updated_at = :t").bind("t", OLD.atOffset(ZoneOffset.UTC)).execute();
            h.createUpdate("UPDATE creator_level SET computed_at = :t").bind("t", OLD.atOffset(ZoneOffset.UTC)).execute();
        });

        Clock later = Clock.offset(Fixture.CLOCK, java.time.Duration.ofHours(1));
        Importer importer = new Importer(fx.workspace, Messages.forLocale(Locale.ENGLISH), later);
        ImportResult result = importer.run(ImportKind.CREATORS, fx.file("second.csv", Fixture.lf(
                "handle,region,followers,gmv_30d,official_level,name",
                "same,VN,1000,150000.00,3,Name same",                  // the same, money written otherwise
                "sparse,VN,,,,",                                         // nothing said: keeps everything
                "more.followers,VN,3500,,,",                             // one figure changed
                "new.level,VN,,,5,",                                     // only the official level changed
                "twin,ID,7000,,,",                                       // same handle, other region: new
                "fresh,GB,8000,,4,Fresh")), false, Progress.NONE);

        assertEquals(6, result.accepted());
        assertTrue(result.committed());
        Map<String, Instant[]> stamps = stamps();
        assertEquals(OLD, stamps.get("VN/same")[0], "an unchanged row is not rewritten");
        assertEquals(OLD, stamps.get("VN/same")[1], "R-LV-3: an unchanged official level is not rewritten");
        assertEquals(OLD, stamps.get("VN/sparse")[0]);
        assertEquals(OLD, stamps.get("VN/sparse")[1]);
        assertEquals(OLD, stamps.get("VN/twin")[0], "a creator of another region is not touched");
        assertNotEquals(OLD, stamps.get("VN/more.followers")[0]);
        assertEquals(OLD, stamps.get("VN/more.followers")[1], "its level did not change");
        assertEquals(OLD, stamps.get("VN/new.level")[0], "only its level changed, not its row");
        assertEquals(later.instant(), stamps.get("VN/new.level")[1]);

        Creator more = fx.workspace.creators().findByHandle(Region.VN, "more.followers").orElseThrow();
        assertEquals(3500, more.followers());
        assertEquals("Name more.followers", more.name(), "an empty cell keeps what is stored");
        Creator leveled = fx.workspace.creators().findByHandle(Region.VN, "new.level").orElseThrow();
        assertEquals(5, leveled.level().value());
        assertEquals(LevelKind.OFFICIAL, leveled.level().kind());
        assertEquals(5, fx.workspace.levels().history(leveled.id()).get(0).level());
        Creator sparse = fx.workspace.creators().findByHandle(Region.VN, "sparse").orElseThrow();
        assertEquals(2000, sparse.followers());
        assertEquals(2, sparse.level().value());
        assertEquals(5000, fx.workspace.creators().findByHandle(Region.VN, "twin").orElseThrow().followers());
        assertEquals(7000, fx.workspace.creators().findByHandle(Region.ID, "twin").orElseThrow().followers());
        Creator fresh = fx.workspace.creators().findByHandle(Region.GB, "fresh").orElseThrow();
        assertEquals(8000, fresh.followers());
        assertEquals(4, fresh.level().value());
        assertEquals(7, fx.workspace.creators().count());
    }

    @Test
    void reimportingTheSameFileWritesNothingAndKeepsEveryValue() throws Exception {
        StringBuilder rows = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 1_100; i++) {   // more than one batch
            rows.append(row("creator" + i, i % 2 == 0 ? "VN" : "ID", String.valueOf(1000 + i), "150000.5", String.valueOf(i % 9)))
                    .append('\n');
        }
        Path file = fx.file("creators.csv", rows.toString());
        fx.run(ImportKind.CREATORS, file);
        Map<Long, Creator> before = new TreeMap<>();
        fx.workspace.creators().forEach(c -> before.put(c.id(), c));
        fx.workspace.jdbi().useHandle(h -> h.createUpdate("UPDATE creator SET updated_at = :t")
                .bind("t", OLD.atOffset(ZoneOffset.UTC)).execute());

        ImportResult again = fx.run(ImportKind.CREATORS, file);

        assertEquals(1_100, again.accepted());
        Map<Long, Creator> after = new TreeMap<>();
        fx.workspace.creators().forEach(c -> after.put(c.id(), c));
        assertEquals(before, after);
        assertTrue(stamps().values().stream().allMatch(s -> s[0].equals(OLD)), "no creator row rewritten");
    }
}
