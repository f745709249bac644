package dev.sellerworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.RateChange;
import dev.sellerworkbench.domain.Region;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/// Every repository writes and reads back through a real H2 file and a real PostgreSQL database.
@ParameterizedClass
@EnumSource(TestDatabases.Vendor.class)
class RepositoryRoundTripTest {

    @Parameter
    TestDatabases.Vendor vendor;
    @TempDir
    Path dir;
    Workspace ws;
    static final Instant T = Instant.parse("2026-11-20T08:30:00Z");

    @BeforeEach
    void open() {
        ws = TestDatabases.open(vendor, dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static Creator creator(String handle, Region region, Level level) {
        return new Creator(0, handle, "Nguyễn Linh", region, "open-" + handle, 123_456, 87, 45_000, 412,
                Money.of("41200000", region.currency()), 900, 12, List.of("Beauty", "Home"),
                EnumSet.of(ContentType.LIVE, ContentType.VIDEO), "0912 345 678", "linh@example.com",
                new Audience(7200, 2700, 100, 3100, 4100, 1800, 700, 300), level);
    }

    @Test
    void creatorRoundTrips() {
        Creator original = creator("linh.beauty", Region.VN, Level.official(5).withDeclining(true));
        long id = ws.creators().insert(original);
        Creator read = ws.creators().findById(id).orElseThrow();
        assertEquals(new Creator(id, original.handle(), original.name(), original.region(), original.platformKey(),
                original.followers(), original.videos(), original.avgViews(), original.engagementBp(),
                Money.of(new BigDecimal("41200000.0000"), "VND"), original.itemsSold(), original.productsPromoted(),
                original.categories(), original.contentTypes(), original.whatsapp(), original.email(),
                original.audience(), original.level()), read);
        assertEquals(id, ws.creators().findByHandle("@linh.beauty").orElseThrow().id());
        assertEquals(id, ws.creators().findByHandle(Region.VN, "linh.beauty").orElseThrow().id());
    }

    @Test
    void unratedCreatorKeepsNoLevelValue() {
        long id = ws.creators().insert(creator("no.level", Region.ID, Level.unrated(LevelKind.PROJECTED)));
        Level level = ws.creators().findById(id).orElseThrow().level();
        assertFalse(level.rated());
        assertEquals(LevelKind.PROJECTED, level.kind());
    }

    @Test
    void creatorUpdateAndPagingAndCountsByRegion() {
        long a = ws.creators().insert(creator("a", Region.VN, null));
        ws.creators().insert(creator("b", Region.GB, null));
        Creator changed = ws.creators().findById(a).orElseThrow();
        ws.creators().update(new Creator(a, "a", "Renamed", Region.VN, null, 1, 2, 3, 4, Money.of("5", "VND"), 6, 7,
                List.of(), EnumSet.noneOf(ContentType.class), null, null, Audience.UNKNOWN, changed.level()));
        assertEquals("Renamed", ws.creators().findById(a).orElseThrow().name());
        assertEquals(2, ws.creators().page(0, 10).size());
        assertEquals(1L, ws.creators().countByRegion().get("GB"));
    }

    @Test
    void productsReplaceByIdWithoutDuplicates() {
        Product p = new Product("1729", "Serum dưỡng ẩm", "Beauty", Money.of("199000", "VND"), ProductStatus.LIVE);
        ws.products().saveAll(List.of(p));
        ws.products().saveAll(List.of(new Product("1729", "Serum dưỡng ẩm", "Beauty", Money.of("199000", "VND"),
                ProductStatus.REVOKED)));
        assertEquals(1, ws.products().count());
        assertEquals(ProductStatus.REVOKED, ws.products().findById("1729").orElseThrow().status());
    }

    @Test
    void planWithItemsCreatorsAndRateChangesRoundTrips() {
        ws.products().saveAll(List.of(new Product("p1", "Son lì", "Beauty", Money.of("99000", "VND"), ProductStatus.LIVE)));
        long creatorId = ws.creators().insert(creator("c", Region.VN, null));
        long planId = ws.plans().create(new Plan(0, PlanType.TARGETED, "Tết KOL", "desc", LocalDate.of(2027, 2, 1),
                PlanStatus.DRAFT, true, null, "https://example/plan", T, T, null, 0));
        Plan plan = ws.plans().findById(planId).orElseThrow();
        assertEquals("Tết KOL", plan.name());
        assertEquals(LocalDate.of(2027, 2, 1), plan.endDate());
        ws.plans().saveItems(planId, List.of(new PlanItem(planId, "p1", new Rate(1500), "Chất liệu tốt", T, null)));
        assertEquals(new Rate(1500), ws.plans().items(planId).get(0).rate());
        ws.plans().saveCreator(new PlanCreator(planId, creatorId, InvitationStatus.ACCEPTED, T, T.plusSeconds(60), null,
                "abc123", false));
        PlanCreator pc = ws.plans().creators(planId).get(0);
        assertEquals(InvitationStatus.ACCEPTED, pc.status());
        assertEquals(T.plusSeconds(60), pc.acceptedAt());
        ws.plans().addRateChange(new RateChange(0, planId, "p1", new Rate(1500), new Rate(1200), T,
                Instant.parse("2026-11-20T17:00:00Z")));
        assertEquals(new Rate(1200), ws.plans().rateChanges(planId).get(0).newRate());
        assertEquals(1L, ws.plans().countByType().get(PlanType.TARGETED));
    }

    @Test
    void planUpdateLosesARaceAgainstAnOlderVersion() {
        long planId = ws.plans().create(new Plan(0, PlanType.OPEN, "Open", null, null, PlanStatus.DRAFT, true, null, null,
                T, T, null, 0));
        Plan plan = ws.plans().findById(planId).orElseThrow();
        assertTrue(ws.plans().update(plan));
        assertFalse(ws.plans().update(plan), "a save from the old version must not overwrite the newer one");
    }

    @Test
    void applicationsCountByStatusAndUpdateWithVersion() {
        ws.products().saveAll(List.of(new Product("p1", "Son lì", "Beauty", Money.of("99000", "VND"), ProductStatus.LIVE)));
        long creatorId = ws.creators().insert(creator("c", Region.VN, null));
        long planId = ws.plans().create(new Plan(0, PlanType.OPEN, "Open", null, null, PlanStatus.PUBLISHED, true, null,
                null, T, T, T, 0));
        long id = ws.applications().insert(new Application(0, "APP-1", creatorId, "p1", planId, T,
                ApplicationStatus.PENDING, null, false, null, 0));
        assertEquals(1L, ws.applications().countByStatus().get(ApplicationStatus.PENDING));
        boolean done = ws.jdbi().inTransaction(h -> ApplicationRepository.updateStatus(h, id, 0,
                ApplicationStatus.APPROVED, false, T, "ok"));
        assertTrue(done);
        assertEquals(ApplicationStatus.APPROVED, ws.applications().findById(id).orElseThrow().status());
        assertEquals(1, ws.applications().findByStatus(ApplicationStatus.APPROVED, 0, 10).size());
    }

    @Test
    void ordersReplaceByOrderAndSku() {
        Order order = new Order(0, "576001", "sku1", "p1", "linh", Region.GB, 2, Money.of("19.99", "GBP"),
                new Rate(750), Money.of("1.50", "GBP"), null, "Completed", T, T.plusSeconds(86_400), false, null, null,
                "Video");
        ws.orders().saveAll(List.of(order));
        ws.orders().saveAll(List.of(order));
        assertEquals(1, ws.orders().count());
        Order read = ws.orders().all().get(0);
        assertEquals(new Rate(750), read.rate());
        assertEquals(0, new BigDecimal("19.99").compareTo(read.amount().amount()));
        assertEquals(Region.GB, read.region());
        assertEquals(1, ws.orders().totalsByCurrency(T.minusSeconds(1), T.plusSeconds(1)).size());
    }

    @Test
    void statsAndLevelsReplaceByKey() {
        long creatorId = ws.creators().insert(creator("c", Region.VN, null));
        YearMonth month = YearMonth.of(2026, 10);
        MonthlyStats stats = new MonthlyStats(creatorId, month, Money.of("41200000", "VND"), 9, 14,
                new BigDecimal("4.50"), 0, Money.of("20000000", "VND"));
        ws.stats().saveAll(List.of(stats));
        ws.stats().saveAll(List.of(stats));
        assertEquals(1, ws.stats().countForMonth(month));
        assertEquals(9, ws.stats().find(creatorId, month).orElseThrow().activeDays());
        LevelRecord level = new LevelRecord(creatorId, YearMonth.of(2026, 11), LevelKind.PROJECTED, "tiktok", null,
                "GMV short", T);
        ws.levels().saveAll(List.of(level));
        ws.levels().saveAll(List.of(level));
        assertEquals(1, ws.levels().history(creatorId).size());
        assertEquals(null, ws.levels().history(creatorId).get(0).level());
    }

    @Test
    void savedListsAddRemoveAndRename() {
        long a = ws.creators().insert(creator("a", Region.VN, null));
        long b = ws.creators().insert(creator("b", Region.VN, null));
        long list = ws.savedLists().create("Tết campaign");
        ws.savedLists().add(list, List.of(a, b, a));
        assertEquals(List.of(a, b), ws.savedLists().members(list));
        ws.savedLists().remove(list, List.of(a));
        ws.savedLists().rename(list, "Tết 2027");
        assertEquals("Tết 2027", ws.savedLists().all().get(0).name());
        assertEquals(1, ws.savedLists().all().get(0).size());
        assertEquals(1, ws.savedLists().listsOf(b).size());
    }

    @Test
    void auditEntriesAreKeptPerEntity() {
        ws.audit().record(new AuditEntry(0, T, "Linh", "application", "7", "approve", "PENDING", "APPROVED", "fits"));
        List<AuditEntry> entries = ws.audit().forEntity("application", "7");
        assertEquals(1, entries.size());
        assertEquals("Linh", entries.get(0).actor());
        assertEquals(T, entries.get(0).at());
    }
}
