package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Sample;
import dev.sellerworkbench.domain.SampleStatus;
import dev.sellerworkbench.samples.Samples;
import dev.sellerworkbench.store.SampleRepository;
import dev.sellerworkbench.store.SettingsRepository;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        assertEquals(5, shipped.accepted());
        ImportResult orders = fx.run(ImportKind.ORDERS, Path.of("assets/samples/orders-seller-center-vi.csv"));
        assertEquals(List.of(), orders.rejected());
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
                .filter(s -> "GHN84512376".equals(s.trackingNumber())).findFirst().orElseThrow();
        assertEquals(SampleStatus.CONTENT_POSTED, posted.status());
        assertEquals(Instant.parse("2026-07-02T09:20:00Z"), posted.deliveredAt());
        assertEquals("GHN84512376", posted.trackingNumber());
        assertEquals(0, new BigDecimal("185000").compareTo(posted.cost().amount()));
        Sample requested = all().stream().map(SampleRepository.Listed::sample)
                .filter(s -> s.status() == SampleStatus.REQUESTED).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-11-21T07:00:00Z"), requested.requestedAt(), "local time in the seller's zone");
        assertNull(requested.cost(), "an unknown cost stays unknown");
    }

    /// The shipped files tell one story (R-SA-2, R-SA-3), worked out by hand from samples.csv and
    /// orders-seller-center-vi.csv in the seller's zone (Asia/Ho_Chi_Minh):
    /// - linh.beauty × 1729384756001, delivered 2026-07-02 16:20. Her order 579900000000000101 of it
    ///   was created 2026-07-07 12:00, after delivery: 1 × 289.000 VND, actual commission 43.350 VND.
    ///   Earned: 1 line, GMV 289,000, commission 43,350.
    /// - thao.mebe × 1729384756002, delivered 2026-07-10 10:00. Her only order of it (…102, 398.000
    ///   VND, commission 47.760) was created 2026-07-08 19:45, before delivery. Earned: 0 lines, 0, 0.
    /// - minhreview × 1729384756002, delivered 2026-07-04 13:45 with no content: on 2026-11-23 that
    ///   is 27 + 31 + 30 + 31 + 23 = 142 days, past 14, so it is the one overdue sample.
    @Test
    void shippedFilesShowASampleThatEarnedAndOneOverdue() {
        Samples samples = new Samples(fx.workspace, Fixture.CLOCK);
        Map<String, Sample> byCreator = all().stream()
                .filter(l -> l.sample().deliveredAt() != null)
                .collect(Collectors.toMap(l -> l.creatorHandle() + "/" + l.sample().productId(),
                        SampleRepository.Listed::sample));
        Sample linh = byCreator.get("linh.beauty/1729384756001");
        Sample thao = byCreator.get("thao.mebe/1729384756002");
        Map<Long, SampleRepository.Earned> earned = samples.earned(List.of(linh.id(), thao.id()));

        assertEquals(1, earned.get(linh.id()).lines());
        assertEquals(0, new BigDecimal("289000").compareTo(earned.get(linh.id()).gmv()), earned.toString());
        assertEquals(0, new BigDecimal("43350").compareTo(earned.get(linh.id()).commission()), earned.toString());
        assertEquals(0, earned.get(thao.id()).lines(), "her order came before the sample was delivered");
        assertEquals(0, BigDecimal.ZERO.compareTo(earned.get(thao.id()).gmv()));
        assertEquals(0, BigDecimal.ZERO.compareTo(earned.get(thao.id()).commission()));

        List<SampleRepository.Listed> overdue = samples.overdue(SampleRepository.Filter.ALL, 0, 100);
        assertEquals(List.of("minhreview"), overdue.stream().map(SampleRepository.Listed::creatorHandle).toList());
        assertEquals("1729384756002", overdue.getFirst().sample().productId());
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
