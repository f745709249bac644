package dev.sellerworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.domain.Sample;
import dev.sellerworkbench.domain.SampleStatus;
import dev.sellerworkbench.store.SampleRepository;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Free samples (R-SA-1 … R-SA-3) against one H2 workspace shared by the tests; each test adds
/// samples of its own creator so none sees another's.
class SamplesTest {

    static final Instant T0 = Instant.parse("2026-11-01T03:00:00Z");

    @TempDir
    static Path dir;
    static Workspace ws;

    @BeforeAll
    static void open() {
        ws = Workspace.open(dir);
        ws.settings().put(SettingsRepository.CURRENCY, "VND");
        ws.products().saveAll(List.of(
                new Product("p1", "Serum dưỡng ẩm", "Beauty", Money.of("199000", "VND"), ProductStatus.LIVE),
                new Product("p2", "Son môi", "Beauty", Money.of("99000", "VND"), ProductStatus.LIVE)));
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    static long creator(String handle) {
        return ws.creators().insert(new Creator(0, handle, "Name " + handle, Region.VN, null, 1000, 1, 1, 1,
                Money.of("0", "VND"), 0, 0, List.of(), EnumSet.noneOf(ContentType.class), null, null,
                Audience.UNKNOWN, null));
    }

    static Samples at(Instant now) {
        return new Samples(ws, Clock.fixed(now, ZoneOffset.UTC));
    }

    static Order order(String id, String handle, String product, String amount, String commission, Instant created,
                       boolean refunded) {
        return new Order(0, id, "sku-" + id, product, handle, Region.VN, 1, Money.of(amount, "VND"),
                Rate.ofBasisPoints(1000), Money.of(commission, "VND"), null, "COMPLETED", created, null, refunded,
                null, null, null);
    }

    /// A sample of p1 for a new creator, taken to delivered at `delivered`.
    static long delivered(long creatorId, Instant delivered) {
        Samples samples = at(delivered.minus(Duration.ofDays(5)));
        long id = samples.add(creatorId, "p1", null, Money.of("150000", "VND"), "first try", "lan");
        samples.setStatus(List.of(id), Map.of(), SampleStatus.APPROVED, Samples.Step.NOW, "lan");
        samples.setStatus(List.of(id), Map.of(), SampleStatus.SHIPPED,
                new Samples.Step(delivered.minus(Duration.ofDays(3)), "GHN", "GHN123", null), "lan");
        at(delivered).setStatus(List.of(id), Map.of(), SampleStatus.DELIVERED, Samples.Step.NOW, "lan");
        return id;
    }

    @Test
    void deliveredSampleWithoutContentIsOverdueAfterFourteenDays() {
        long creatorId = creator("overdue");
        long id = delivered(creatorId, T0);
        var mine = new SampleRepository.Filter(null, null, null, creatorId, null);
        assertTrue(at(T0.plus(Duration.ofDays(13))).overdue(mine, 0, 10).isEmpty(), "13 days: not yet (R-SA-2)");
        List<SampleRepository.Listed> overdue = at(T0.plus(Duration.ofDays(14))).overdue(mine, 0, 10);
        assertEquals(List.of(id), overdue.stream().map(l -> l.sample().id()).toList());
        assertEquals("Name overdue", overdue.getFirst().creatorName());
        assertEquals("Serum dưỡng ẩm", overdue.getFirst().productTitle());

        at(T0.plus(Duration.ofDays(15))).setStatus(List.of(id), Map.of(), SampleStatus.CONTENT_POSTED,
                new Samples.Step(null, null, null, "https://www.tiktok.com/@overdue/video/1"), "lan");
        assertTrue(at(T0.plus(Duration.ofDays(15))).overdue(mine, 0, 10).isEmpty(), "content posted: no longer overdue");
    }

    @Test
    void overdueDaysComeFromSettings() {
        long creatorId = creator("settingdays");
        delivered(creatorId, T0);
        var mine = new SampleRepository.Filter(null, null, null, creatorId, null);
        ws.settings().put(Samples.OVERDUE_DAYS, "3");
        try {
            assertEquals(1, at(T0.plus(Duration.ofDays(3))).overdue(mine, 0, 10).size());
        } finally {
            ws.settings().put(Samples.OVERDUE_DAYS, "14");
        }
    }

    @Test
    void earningsCountOnlyOrdersFromDeliveryOn() {
        long creatorId = creator("earner");
        long id = delivered(creatorId, T0);
        ws.orders().saveAll(List.of(
                order("e1", "earner", "p1", "100000", "10000", T0.minus(Duration.ofHours(1)), false), // before delivery
                order("e2", "earner", "p1", "200000", "20000", T0.plus(Duration.ofDays(2)), false),
                order("e3", "earner", "p1", "300000", "30000", T0.plus(Duration.ofDays(4)), false),
                order("e4", "earner", "p2", "400000", "40000", T0.plus(Duration.ofDays(4)), false), // other product
                order("e5", "earner", "p1", "500000", "50000", T0.plus(Duration.ofDays(5)), true), // refunded
                order("e6", "someone", "p1", "600000", "60000", T0.plus(Duration.ofDays(5)), false))); // other creator
        SampleRepository.Earned earned = at(T0.plus(Duration.ofDays(20))).earned(List.of(id)).get(id);
        assertEquals(2, earned.lines());
        assertEquals(0, new BigDecimal("500000").compareTo(earned.gmv()), earned.gmv().toPlainString());
        assertEquals(0, new BigDecimal("50000").compareTo(earned.commission()), earned.commission().toPlainString());
    }

    @Test
    void undeliveredSampleHasNoKnownEarnings() {
        long id = at(T0).add(creator("waiting"), "p1", null, null, null, "lan");
        assertFalse(at(T0).earned(List.of(id)).containsKey(id));
        assertNull(ws.samples().findById(id).orElseThrow().cost(), "unknown cost stays unknown");
    }

    @Test
    void statusMovesOneStepAtATime() {
        Samples samples = at(T0);
        long id = samples.add(creator("skipper"), "p1", null, null, null, "lan");
        SampleException e = assertThrows(SampleException.class,
                () -> samples.setStatus(List.of(id), Map.of(), SampleStatus.DELIVERED, Samples.Step.NOW, "lan"));
        assertEquals("samples.error.notAllowed", e.key());
        assertEquals(SampleStatus.REQUESTED, ws.samples().findById(id).orElseThrow().status());
    }

    @Test
    void bulkChangeIsAllOrNothingAndUndoes() {
        Samples samples = at(T0);
        long creatorId = creator("bulk");
        long a = samples.add(creatorId, "p1", null, null, null, "lan");
        long b = samples.add(creatorId, "p2", null, null, null, "lan");
        samples.setStatus(List.of(b), Map.of(), SampleStatus.APPROVED, Samples.Step.NOW, "lan");
        // b is approved already: approving both again fails, and a stays requested
        assertThrows(SampleException.class,
                () -> samples.setStatus(List.of(a, b), Map.of(), SampleStatus.APPROVED, Samples.Step.NOW, "lan"));
        assertEquals(SampleStatus.REQUESTED, ws.samples().findById(a).orElseThrow().status());

        samples.setStatus(List.of(a), Map.of(), SampleStatus.APPROVED, Samples.Step.NOW, "lan");
        Samples.StatusOutcome shipped = samples.setStatus(List.of(a, b), Map.of(), SampleStatus.SHIPPED,
                new Samples.Step(null, "J&T", null, null), "lan");
        Sample aShipped = ws.samples().findById(a).orElseThrow();
        assertEquals(SampleStatus.SHIPPED, aShipped.status());
        assertEquals("J&T", aShipped.carrier());
        assertEquals(T0, aShipped.shippedAt());
        samples.undo(shipped, "lan");
        Sample aBack = ws.samples().findById(a).orElseThrow();
        assertEquals(SampleStatus.APPROVED, aBack.status());
        assertNull(aBack.shippedAt());
        assertEquals(List.of("add", "status", "status", "undo-status"),
                ws.audit().forEntity(Samples.ENTITY, String.valueOf(a)).stream().map(x -> x.action()).toList());
    }

    @Test
    void staleSaveIsRefusedNamingWhoChangedIt() {
        Samples samples = at(T0);
        long id = samples.add(creator("stale"), "p1", null, null, null, "lan");
        Sample seen = ws.samples().findById(id).orElseThrow();
        samples.setStatus(List.of(id), Map.of(id, seen.version()), SampleStatus.APPROVED, Samples.Step.NOW, "hanh");
        Sample edited = new Sample(seen.id(), seen.creatorId(), seen.productId(), null, seen.status(), seen.requestedAt(),
                null, null, null, null, null, null, null, null, Money.of("50000", "VND"), "mine", seen.version());
        StaleSampleException e = assertThrows(StaleSampleException.class, () -> samples.save(edited, "lan"));
        assertEquals("hanh", e.lastChange().orElseThrow().actor());
        assertNull(ws.samples().findById(id).orElseThrow().cost(), "nothing written");
        assertThrows(StaleSampleException.class, () -> samples.setStatus(List.of(id), Map.of(id, seen.version()),
                SampleStatus.SHIPPED, Samples.Step.NOW, "lan"));
    }

    @Test
    void editedDatesStayOnThePathAndTheAuditNamesWhatChanged() {
        long id = delivered(creator("dated"), T0);
        Sample seen = ws.samples().findById(id).orElseThrow();
        Sample tooEarly = new Sample(seen.id(), seen.creatorId(), seen.productId(), null, seen.status(),
                seen.requestedAt(), seen.approvedAt(), T0.minus(Duration.ofDays(30)), seen.deliveredAt(), null, null,
                seen.carrier(), seen.trackingNumber(), null, seen.cost(), seen.note(), seen.version());
        SampleException back = assertThrows(SampleException.class, () -> at(T0).save(tooEarly, "lan"));
        assertEquals("samples.error.beforePrevious", back.key(), "shipped before it was approved (R-SA-1)");
        Sample notReached = new Sample(seen.id(), seen.creatorId(), seen.productId(), null, seen.status(),
                seen.requestedAt(), seen.approvedAt(), seen.shippedAt(), seen.deliveredAt(), T0, null,
                seen.carrier(), seen.trackingNumber(), null, seen.cost(), seen.note(), seen.version());
        assertEquals("samples.error.dateNotReached",
                assertThrows(SampleException.class, () -> at(T0).save(notReached, "lan")).key());

        Instant laterDelivery = T0.plus(Duration.ofDays(2));
        Sample moved = new Sample(seen.id(), seen.creatorId(), seen.productId(), null, seen.status(),
                seen.requestedAt(), seen.approvedAt(), seen.shippedAt(), laterDelivery, null, null,
                seen.carrier(), "GHN777", null, seen.cost(), seen.note(), seen.version());
        Sample saved = at(T0).save(moved, "lan");
        assertEquals(laterDelivery, ws.samples().findById(id).orElseThrow().deliveredAt());
        assertEquals(seen.version() + 1, saved.version());
        AuditEntry edit = ws.audit().forEntity(Samples.ENTITY, String.valueOf(id)).getLast();
        assertEquals("delivered_at: " + T0 + " → " + laterDelivery + "; tracking_number: GHN123 → GHN777", edit.note());
    }

    @Test
    void marksSayWhetherContentWasPosted() {
        long sent = creator("marksent");
        long posted = creator("markposted");
        long none = creator("marknone");
        delivered(sent, T0);
        long p = delivered(posted, T0);
        at(T0.plus(Duration.ofDays(1))).setStatus(List.of(p), Map.of(), SampleStatus.CONTENT_POSTED,
                Samples.Step.NOW, "lan");
        at(T0).add(none, "p1", null, null, null, "lan");
        Map<Long, Boolean> marks = at(T0).marks(List.of(sent, posted, none));
        assertEquals(Map.of(sent, false, posted, true), marks);
    }
}
