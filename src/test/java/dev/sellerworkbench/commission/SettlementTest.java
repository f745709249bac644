package dev.sellerworkbench.commission;

import static dev.sellerworkbench.commission.Fixtures.bp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// R-ST-1 … R-ST-3: commission rounding, settlement and pay days, refunds.
class SettlementTest {

    private static final Settlement SEED = new Settlement(new AfterSalesPeriods(Map.of(Region.ID, 6, Region.GB, 14)));

    private static Order order(String id, Region region, Money amount, Instant deliveredAt, Instant refundedAt) {
        return new Order(0, id, "SKU-" + id, "P-1", "lan.nguyen", region, 1, amount, null, null, null,
                refundedAt != null ? "Refunded" : "Completed", deliveredAt == null ? null : deliveredAt.minusSeconds(86_400),
                deliveredAt, refundedAt != null, refundedAt, null, "Video");
    }

    private static Instant at(Region region, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(region.zone()).toInstant();
    }

    @Test
    void vndCommissionIsWholeDong() {
        assertEquals(Money.of("24875", "VND"), Settlement.commission(Money.of("199000", "VND"), Rate.parsePercent("12.5")));
    }

    @Test
    void gbpCommissionRoundsHalfToEven() {
        Money commission = Settlement.commission(Money.of("2.50", "GBP"), bp(500));

        assertEquals(0, commission.amount().compareTo(new java.math.BigDecimal("0.12")), "0.125 → 0.12, not 0.13");
        assertEquals(2, commission.amount().scale());
    }

    @Test
    void idrCommissionIsWholeRupiahHalfToEven() {
        assertEquals(Money.of("842", "IDR"), Money.of("841.5", "IDR").rounded());
        assertEquals(Money.of("842", "IDR"), Settlement.commission(Money.of("8415", "IDR"), bp(1_000)));
    }

    @Test
    void gbpCommissionOfSevenAndAHalfPercent() {
        assertEquals(Money.of("1.50", "GBP"), Settlement.commission(Money.of("19.99", "GBP"), bp(750)));
    }

    @Test
    void indonesianOrderIsPaidTheDayAfterSixAfterSalesDays() {
        SettlementLine line = SEED.settle(order("1", Region.ID, Money.of("100000", "IDR"),
                at(Region.ID, "2026-11-01T10:00"), null), bp(1_000));

        assertEquals(LocalDate.parse("2026-11-07"), line.settlementDay());
        assertEquals(LocalDate.parse("2026-11-08"), line.payDay());
        assertEquals(PayoutStatus.DUE, line.status());
        assertEquals(Money.of("10000", "IDR"), line.commission());
    }

    @Test
    void britishOrderIsPaidTheDayAfterFourteenAfterSalesDays() {
        SettlementLine line = SEED.settle(order("2", Region.GB, Money.of("19.99", "GBP"),
                at(Region.GB, "2026-11-01T10:00"), null), bp(750));

        assertEquals(LocalDate.parse("2026-11-16"), line.payDay());
        assertEquals(Money.of("1.50", "GBP"), line.commission());
    }

    @Test
    void deliveryDayIsCountedInTheMarketsZone() {
        // 18:30 UTC on 31 October is already 1 November in Jakarta (UTC+7).
        SettlementLine line = SEED.settle(order("3", Region.ID, Money.of("100000", "IDR"),
                Instant.parse("2026-10-31T18:30:00Z"), null), bp(1_000));

        assertEquals(LocalDate.parse("2026-11-01"), line.deliveryDay());
        assertEquals(LocalDate.parse("2026-11-08"), line.payDay());
    }

    @Test
    void orderRefundedWithinThePeriodEarnsNothing() {
        SettlementLine line = SEED.settle(order("4", Region.ID, Money.of("100000", "IDR"),
                at(Region.ID, "2026-11-01T10:00"), at(Region.ID, "2026-11-03T12:00")), bp(1_000));

        assertEquals(PayoutStatus.REFUNDED, line.status(), "R-ST-3");
        assertTrue(line.commission().isZero());
        assertTrue(Settlement.payouts(List.of(line), LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"))
                .days().isEmpty());
    }

    @Test
    void marketWithoutAfterSalesSettingIsNotConfiguredRatherThanGuessed() {
        SettlementLine line = SEED.settle(order("5", Region.VN, Money.of("199000", "VND"),
                at(Region.VN, "2026-11-01T10:00"), null), bp(1_250));

        assertEquals(PayoutStatus.NOT_CONFIGURED, line.status());
        assertNull(line.payDay());
        PayoutReport report = Settlement.payouts(List.of(line), LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));
        assertEquals(List.of(Region.VN), report.unconfigured());
        assertEquals(1, report.undatedLines());
    }

    @Test
    void marketIsTakenFromTheCurrencyWhenTheOrderDoesNotSay() {
        SettlementLine line = SEED.settle(order("6", null, Money.of("2.50", "GBP"),
                at(Region.GB, "2026-11-01T10:00"), null), bp(500));

        assertEquals(Region.GB, line.region());
        assertEquals(LocalDate.parse("2026-11-16"), line.payDay());
    }

    @Test
    void payoutsAreGroupedPerDayAndPerCreator() {
        Order a = order("7", Region.ID, Money.of("100000", "IDR"), at(Region.ID, "2026-11-01T10:00"), null);
        Order b = new Order(0, "8", "SKU-8", "P-1", "budi.s", Region.ID, 1, Money.of("50000", "IDR"), null, null, null,
                "Completed", null, at(Region.ID, "2026-11-01T11:00"), false, null, null, "LIVE");
        Order c = order("9", Region.GB, Money.of("19.99", "GBP"), at(Region.GB, "2026-11-01T10:00"), null);
        List<SettlementLine> lines = List.of(SEED.settle(a, bp(1_000)), SEED.settle(b, bp(1_000)), SEED.settle(c, bp(750)));

        PayoutReport report = Settlement.payouts(lines, LocalDate.parse("2026-11-08"), LocalDate.parse("2026-11-16"));

        assertEquals(2, report.days().size());
        PayoutReport.Day eighth = report.days().getFirst();
        assertEquals(LocalDate.parse("2026-11-08"), eighth.day());
        assertEquals(List.of(Money.of("15000", "IDR")), eighth.totals());
        assertEquals(2, eighth.creators().size());
        PayoutReport.CreatorTotal lan = report.creators().stream().filter(t -> t.creator().equals("@lan.nguyen"))
                .findFirst().orElseThrow();
        assertEquals(List.of(Money.of("1.50", "GBP"), Money.of("10000", "IDR")), lan.totals());
        assertEquals(2, lan.lines());
    }

    @Test
    void refundOnTheLastAfterSalesDayStillCancelsTheCommission() {
        SettlementLine line = SEED.settle(order("10", Region.ID, Money.of("100000", "IDR"),
                at(Region.ID, "2026-11-01T10:00"), at(Region.ID, "2026-11-07T23:00")), bp(1_000));

        assertEquals(PayoutStatus.REFUNDED, line.status());
    }

    @Test
    void refundAfterThePeriodDoesNotCancelTheCommission() {
        SettlementLine line = SEED.settle(order("11", Region.ID, Money.of("100000", "IDR"),
                at(Region.ID, "2026-11-01T10:00"), at(Region.ID, "2026-11-08T09:00")), bp(1_000));

        assertEquals(PayoutStatus.DUE, line.status(), "R-ST-3 speaks of refunds within the period only");
        assertEquals(Money.of("10000", "IDR"), line.commission());
    }
}
