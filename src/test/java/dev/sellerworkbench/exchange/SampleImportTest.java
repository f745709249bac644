package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Sample;
import dev.sellerworkbench.domain.SampleStatus;
import dev.sellerworkbench.store.SampleRepository;
import dev.sellerworkbench.store.SettingsRepository;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Free samples CSV (R-SA-1, docs/formats.md): the shipped sample file, rejected rows by line and
/// field, strict mode, and export → import changing nothing. One workspace for the class.
class SampleImportTest {

    static final String HEADER = "id,creator,product_id,status,requested_at,approved_at,shipped_at,delivered_at,"
            + "content_at,cost,currency";

    @TempDir
    static Path dir;
    static Fixture fx;

    @BeforeAll
    static void open() throws Exception {
        fx = new Fixture(dir);
        fx.workspace.settings().put(SettingsRepository.CURRENCY, "VND");
        fx.workspace.settings().put(SettingsRepository.TIME_ZONE, "Asia/Ho_Chi_Minh");
        fx.run(ImportKind.CREATORS, Path.of("assets/samples/creators.csv"));
        fx.run(ImportKind.PRODUCTS, Path.of("assets/samples/products.csv"));
        ImportResult shipped = fx.run(ImportKind.SAMPLES, Path.of("assets/samples/samples.csv"));
        assertEquals(List.of(), shipped.rejected(), "the sample file imports whole");
        assertEquals(4, shipped.accepted());
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    static List<SampleRepository.Listed> all() {
        return fx.workspace.samples().find(SampleRepository.Filter.ALL, 0, 1_000);
    }

    @Test
    void sampleFileKeepsEachStepAndDetail() {
        Sample posted = all().stream().map(SampleRepository.Listed::sample)
                .filter(s -> s.status() == SampleStatus.CONTENT_POSTED).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-11-05T09:20:00Z"), posted.deliveredAt());
        assertEquals("GHN84512376", posted.trackingNumber());
        assertEquals(0, new BigDecimal("185000").compareTo(posted.cost().amount()));
        Sample requested = all().stream().map(SampleRepository.Listed::sample)
                .filter(s -> s.status() == SampleStatus.REQUESTED).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-11-21T07:00:00Z"), requested.requestedAt(), "local time in the seller's zone");
        assertNull(requested.cost(), "an unknown cost stays unknown");
    }

    @Test
    void badRowsAreRejectedByLineAndField() throws Exception {
        long before = fx.workspace.samples().count();
        ImportResult result = fx.run(ImportKind.SAMPLES, fx.file("bad.csv", Fixture.lf(HEADER,
                ",linh.beauty,1729384756404,requested,2026-11-01T09:00:00Z,,,,,,",          // 2 unknown product
                ",linh.beauty,1729384756001,requested,2026-11-01T09:00:00Z,,,2026-11-03T09:00:00Z,,,", // 3 step not reached
                ",linh.beauty,1729384756001,delivered,2026-11-01T09:00:00Z,,,,,,",          // 4 delivered without date
                ",linh.beauty,1729384756001,shipped,2026-11-05T09:00:00Z,,2026-11-04T09:00:00Z,,,,", // 5 out of order
                ",linh.beauty,1729384756001,requested,2026-11-06T09:00:00Z,,,,,-5,",        // 6 negative cost
                ",linh.beauty,1729384756001,requested,2026-11-07T09:00:00Z,,,,,5,GBP",      // 7 other currency
                ",linh.beauty,1729384756001,lost,2026-11-08T09:00:00Z,,,,,,",               // 8 unknown status
                "999999,linh.beauty,1729384756001,requested,2026-11-09T09:00:00Z,,,,,,",    // 9 unknown id
                ",thao.mebe,1729384756002,approved,2026-11-10T09:00:00Z,2026-11-10T10:00:00Z,,,,90000,VND"))); // 10 good
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), Fixture.lines(result));
        assertEquals(List.of("product_id", "delivered_at", "delivered_at", "shipped_at", "cost", "currency", "status",
                "id"), Fixture.fields(result));
        assertTrue(result.rejected().get(0).reason().contains("1729384756404"), result.rejected().get(0).reason());
        assertEquals(before + 1, fx.workspace.samples().count());
    }

    @Test
    void strictImportCommitsNothingWhenARowIsRejected() throws Exception {
        long before = fx.workspace.samples().count();
        ImportResult result = fx.strict(ImportKind.SAMPLES, fx.file("strict.csv", Fixture.lf(HEADER,
                ",minhreview,1729384756005,requested,2026-11-12T09:00:00Z,,,,,,",
                ",minhreview,1729384756005,teleported,2026-11-12T10:00:00Z,,,,,,")));
        assertFalse(result.committed());
        assertEquals(before, fx.workspace.samples().count());
    }

    @Test
    void exportImportsBackWithoutChangingAnything() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = new Exporter(fx.workspace).samples(ExportFormat.CSV, out);
        assertEquals(fx.workspace.samples().count(), rows);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF" + String.join(",", Exporter.SAMPLE_COLUMNS)), csv);
        List<Sample> before = all().stream().map(SampleRepository.Listed::sample).toList();
        int audited = fx.workspace.audit().recent(10_000).size();
        Path file = dir.resolve("export.csv");
        Files.writeString(file, csv);

        ImportResult again = fx.run(ImportKind.SAMPLES, file);

        assertEquals(List.of(), again.rejected());
        assertEquals(audited, fx.workspace.audit().recent(10_000).size(), "nothing changed, nothing logged");
        List<Sample> after = all().stream().map(SampleRepository.Listed::sample).toList();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).status(), after.get(i).status());
            assertEquals(before.get(i).deliveredAt(), after.get(i).deliveredAt());
            assertEquals(before.get(i).contentRef(), after.get(i).contentRef());
        }
    }

    @Test
    void fileIsRecognisedAsSamples() {
        assertEquals(ImportKind.SAMPLES, fx.importer.guessKind(Path.of("assets/samples/samples.csv")).orElseThrow());
        assertEquals(ImportKind.APPLICATIONS, fx.importer.guessKind(Path.of("assets/samples/applications.csv")).orElseThrow());
    }
}
