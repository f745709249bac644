package dev.sellerworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.store.InsightsRepository.CreatorFigures;
import dev.sellerworkbench.store.InsightsRepository.Figures;
import dev.sellerworkbench.store.InsightsRepository.RankBy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/// R-ST-4 figures aggregated in SQL from small, known order sets; refunds (R-ST-3) never count as sales.
@ParameterizedClass
@EnumSource(TestDatabases.Vendor.class)
class InsightsRepositoryTest {

    @Parameter
    TestDatabases.Vendor vendor;

    static final ZoneId SAIGON = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Instant NOV_1 = LocalDate.of(2026, 11, 1).atStartOfDay(SAIGON).toInstant();
    static final Instant DEC_1 = LocalDate.of(2026, 12, 1).atStartOfDay(SAIGON).toInstant();

    @TempDir
    Path dir;
    Workspace workspace;
    InsightsRepository insights;

    @BeforeEach
    void open() {
        workspace = TestDatabases.open(vendor, dir);
        insights = new InsightsRepository(workspace.jdbi());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SAIGON).toInstant();
    }

    static Order line(String id, String creator, String product, int quantity, String amount, String currency,
                      Integer rateBp, String commission, boolean paid, boolean refunded, Instant created) {
        Money money = Money.of(amount, currency);
        Money est = commission == null ? null : Money.of(commission, currency);
        return new Order(0, id, "S" + id, product, creator, null, quantity, money, rateBp == null ? null : new Rate(rateBp),
                est, paid ? est : null, refunded ? "Refunded" : "Completed", created, created.plusSeconds(86_400),
                refunded, refunded ? created.plusSeconds(2 * 86_400) : null, paid ? created.plusSeconds(20 * 86_400) : null,
                "Video");
    }

    void knownSet() {
        List<Order> orders = new ArrayList<>();
        orders.add(line("A1", "linh", "P1", 2, "100000", "VND", 1_000, "10000", false, false, local("2026-11-05T10:00")));
        orders.add(line("A2", "linh", "P2", 1, "200000", "VND", 1_500, "30000", true, false, local("2026-11-06T10:00")));
        orders.add(line("A3", "minh", "P1", 1, "50000", "VND", 1_000, "5000", false, true, local("2026-11-07T10:00")));
        orders.add(line("A4", "minh", "P1", 1, "20000", "VND", 1_000, "2000", false, false, local("2026-11-08T10:00")));
        orders.add(line("B1", "tom", "P3", 1, "10.00", "GBP", 750, "0.75", false, false, local("2026-11-09T10:00")));
        // outside November in the seller's zone
        orders.add(line("X1", "linh", "P1", 9, "999000", "VND", 1_000, "99900", false, false, local("2026-10-31T23:59:59")));
        workspace.orders().saveAll(orders);
    }

    @Test
    void totalsPerCurrencyLeaveRefundedLinesOutOfSales() {
        knownSet();

        List<Figures> totals = insights.totals(NOV_1, DEC_1);

        assertEquals(List.of("GBP", "VND"), totals.stream().map(Figures::currency).toList(), "never one sum across currencies");
        Figures vnd = totals.get(1);
        assertEquals(3, vnd.orders());
        assertEquals(4, vnd.items());
        assertEquals(0, new BigDecimal("320000").compareTo(vnd.gmv()));
        assertEquals(0, new BigDecimal("12000").compareTo(vnd.commissionDue()));
        assertEquals(0, new BigDecimal("30000").compareTo(vnd.commissionPaid()));
        assertEquals(1, vnd.refundedLines());
        assertEquals(0, new BigDecimal("50000").compareTo(vnd.refunded()));
        // (100000×1000 + 200000×1500 + 20000×1000) / 320000 = 1312.5 → 1313 hundredths of a percent
        assertEquals(1_313, vnd.averageRateBp().orElseThrow());
        Figures gbp = totals.get(0);
        assertEquals(0, new BigDecimal("10.00").compareTo(gbp.gmv()));
        assertEquals(0, new BigDecimal("0.75").compareTo(gbp.commissionDue()));
        assertEquals(750, gbp.averageRateBp().orElseThrow());
    }

    @Test
    void periodStartsAtMidnightInTheSellersZone() {
        workspace.orders().saveAll(List.of(
                line("L", "linh", "P1", 1, "1000", "VND", 1_000, "100", false, false, local("2026-11-30T23:59:59")),
                line("F", "linh", "P1", 1, "3000", "VND", 1_000, "300", false, false, local("2026-12-01T00:00:00"))));

        Figures november = insights.totals(NOV_1, DEC_1).get(0);
        Figures december = insights.totals(DEC_1, LocalDate.of(2027, 1, 1).atStartOfDay(SAIGON).toInstant()).get(0);

        assertEquals(0, new BigDecimal("1000").compareTo(november.gmv()));
        assertEquals(0, new BigDecimal("3000").compareTo(december.gmv()));
    }

    @Test
    void ordersOneSecondApartAcrossMidnightFallOnDifferentLocalDays() {
        workspace.orders().saveAll(List.of(
                line("L", "linh", "P1", 1, "1000", "VND", 1_000, "100", false, false, local("2026-11-20T23:59:59")),
                line("F", "linh", "P1", 1, "3000", "VND", 1_000, "300", false, false, local("2026-11-21T00:00:00"))));

        List<InsightsRepository.DayPoint> days = insights.gmvByDay(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), SAIGON);

        assertEquals(List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21)),
                days.stream().map(InsightsRepository.DayPoint::day).toList());
        assertEquals(0, new BigDecimal("1000").compareTo(days.get(0).gmv()));
    }

    @Test
    void creatorsRankByTheChosenFigureWithCommissionPerCreator() {
        knownSet();

        List<CreatorFigures> byGmv = insights.ranking(NOV_1, DEC_1, "VND", RankBy.GMV, 0, 50);

        assertEquals(List.of("linh", "minh"), byGmv.stream().map(CreatorFigures::handle).toList());
        CreatorFigures linh = byGmv.get(0);
        assertEquals(0, new BigDecimal("30000").compareTo(linh.figures().commissionPaid()));
        assertEquals(0, new BigDecimal("10000").compareTo(linh.figures().commissionDue()));
        assertEquals(2, linh.products());
        assertEquals(3, linh.figures().items());
        CreatorFigures minh = byGmv.get(1);
        assertEquals(0, new BigDecimal("20000").compareTo(minh.figures().gmv()), "the refunded sale is not minh's GMV");
        assertEquals(0, new BigDecimal("2000").compareTo(minh.figures().commissionDue()));
        assertEquals(1, minh.figures().items());
    }

    @Test
    void rankingFollowsTheChosenColumn() {
        knownSet();
        workspace.orders().saveAll(List.of(
                line("C1", "an", "P9", 10, "10000", "VND", 1_000, "1000", false, false, local("2026-11-10T10:00"))));

        List<String> byGmv = insights.ranking(NOV_1, DEC_1, "VND", RankBy.GMV, 0, 50).stream()
                .map(CreatorFigures::handle).toList();
        List<String> byItems = insights.ranking(NOV_1, DEC_1, "VND", RankBy.ITEMS, 0, 50).stream()
                .map(CreatorFigures::handle).toList();

        assertEquals(List.of("linh", "minh", "an"), byGmv);
        assertEquals(List.of("an", "linh", "minh"), byItems);
        assertEquals(List.of("an"), insights.ranking(NOV_1, DEC_1, "VND", RankBy.ITEMS, 0, 1).stream()
                .map(CreatorFigures::handle).toList(), "one page at a time");
    }

    @Test
    void planFiguresAndConversionFromJoinedToSelling() {
        knownSet();
        workspace.jdbi().useHandle(h -> {
            h.execute("INSERT INTO plan (id, plan_type, name, status, created_at, updated_at) VALUES "
                    + "(1, 'TARGETED', 'Tết KOL', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            h.execute("INSERT INTO creator (id, handle, region, currency) VALUES (1, 'linh', 'VN', 'VND'), "
                    + "(2, 'minh', 'VN', 'VND'), (3, 'hoa', 'VN', 'VND')");
            h.execute("INSERT INTO plan_creator (plan_id, creator_id, status, invited_at) VALUES "
                    + "(1, 1, 'ACCEPTED', CURRENT_TIMESTAMP), (1, 2, 'ACCEPTED', CURRENT_TIMESTAMP), "
                    + "(1, 3, 'SENT', CURRENT_TIMESTAMP)");
            h.execute("UPDATE affiliate_order SET plan_id = 1 WHERE order_id IN ('A1', 'A2', 'A3')");
        });

        List<InsightsRepository.PlanFigures> plans = insights.plans(NOV_1, DEC_1);
        InsightsRepository.Conversion conversion = insights.conversions(NOV_1, DEC_1).get(0);

        InsightsRepository.PlanFigures tet = plans.stream().filter(p -> Long.valueOf(1).equals(p.planId())).findFirst()
                .orElseThrow();
        assertEquals("Tết KOL", tet.planName());
        assertEquals(0, new BigDecimal("300000").compareTo(tet.figures().gmv()));
        assertEquals(0, new BigDecimal("40000").compareTo(tet.figures().commission()));
        assertEquals(1, tet.creatorsSelling(), "minh's only line in the plan was refunded");
        assertTrue(plans.stream().anyMatch(p -> p.planId() == null), "lines without a plan are shown, not dropped");
        assertEquals(3, conversion.invited());
        assertEquals(2, conversion.joined());
        assertEquals(1, conversion.selling());
        assertEquals(5_000, conversion.conversionBp().orElseThrow());
    }

    @Test
    void importedLinesWithoutAPlanCountUnderTheTargetedPlanBeforeTheOpenPlan() {
        // R-COM-1 order: an accepted targeted plan holding the product, then an approved open application.
        workspace.jdbi().useHandle(h -> {
            h.execute("INSERT INTO product (id, title, price, currency, status) VALUES ('P1', 'Serum', 100000, 'VND', 'LIVE'), "
                    + "('P2', 'Cream', 100000, 'VND', 'LIVE')");
            h.execute("INSERT INTO plan (id, plan_type, name, status, created_at, updated_at, published_at) VALUES "
                    + "(1, 'OPEN', 'Everyday', 'PUBLISHED', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'), "
                    + "(2, 'TARGETED', 'Ramadan', 'PUBLISHED', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            h.execute("INSERT INTO plan_item (plan_id, product_id, rate_bp, added_at) VALUES "
                    + "(1, 'P1', 1000, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'), "
                    + "(1, 'P2', 1000, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'), "
                    + "(2, 'P1', 500, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            h.execute("INSERT INTO creator (id, handle, region, currency) VALUES (1, 'linh', 'VN', 'VND')");
            h.execute("INSERT INTO plan_creator (plan_id, creator_id, status, invited_at, accepted_at) VALUES "
                    + "(2, 1, 'ACCEPTED', TIMESTAMP WITH TIME ZONE '2026-02-01 00:00:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2026-02-02 00:00:00+00')");
            h.execute("INSERT INTO application (creator_id, product_id, plan_id, applied_at, status, decided_at) VALUES "
                    + "(1, 'P1', 1, TIMESTAMP WITH TIME ZONE '2026-01-05 00:00:00+00', 'APPROVED', "
                    + "TIMESTAMP WITH TIME ZONE '2026-01-06 00:00:00+00'), "
                    + "(1, 'P2', 1, TIMESTAMP WITH TIME ZONE '2026-01-05 00:00:00+00', 'APPROVED', "
                    + "TIMESTAMP WITH TIME ZONE '2026-01-06 00:00:00+00')");
        });
        workspace.orders().saveAll(List.of(
                line("T", "linh", "P1", 1, "100000", "VND", 500, "5000", false, false, local("2026-11-05T10:00")),
                line("O", "linh", "P2", 1, "70000", "VND", 1_000, "7000", false, false, local("2026-11-06T10:00")),
                line("N", "ghost", "P9", 1, "10000", "VND", null, null, false, false, local("2026-11-07T10:00"))));

        List<InsightsRepository.PlanFigures> plans = insights.plans(NOV_1, DEC_1);

        java.util.Map<Long, BigDecimal> gmv = new java.util.HashMap<>();
        plans.forEach(p -> gmv.put(p.planId(), p.figures().gmv()));
        assertEquals(0, new BigDecimal("100000").compareTo(gmv.get(2L)), "targeted wins over open for P1");
        assertEquals(0, new BigDecimal("70000").compareTo(gmv.get(1L)), "P2 only through the open plan");
        assertEquals(0, new BigDecimal("10000").compareTo(gmv.get(null)), "no plan holds P9");
        List<InsightsRepository.Conversion> conversions = insights.conversions(NOV_1, DEC_1);
        assertEquals(List.of(1L, 2L), conversions.stream().map(InsightsRepository.Conversion::planId).toList());
        assertTrue(conversions.stream().allMatch(c -> c.selling() == 1), "linh sells in both plans");
    }
}
