package dev.sellerworkbench.commission;

import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.LineCommission;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/// Commission and payout dates of order lines (R-ST-1 … R-ST-3).
///
/// A line's commission is its one commission (R-ST-5): the one stored with it at import, else the
/// one [LineCommission#decide] gives with the rate in force when it was placed; base × rate is
/// rounded half-even to the currency's minor unit (VND and IDR whole, GBP two decimals). Settlement day = delivery day + the market's
/// after-sales days, counted in the market's zone; the commission is paid the day after. An order
/// refunded on or before the settlement day earns nothing.
public final class Settlement {

    private final AfterSalesPeriods periods;

    public Settlement(AfterSalesPeriods periods) {
        this.periods = periods;
    }

    /// Commission on an amount (R-ST-1).
    public static Money commission(Money amount, Rate rate) {
        return rate.applyTo(amount);
    }

    /// The market an order was sold in: as recorded, else from its currency (R-ST-2); null if unknown.
    public static Region regionOf(Order order) {
        return order.region() != null ? order.region() : Currencies.regionOf(order.amount().currency());
    }

    /// The line's one commission (R-ST-5): stored, else decided with `rate` (the plans' rate at its moment).
    public static Money commissionOf(Order order, Rate rate) {
        return (order.commission() != null ? order.commission() : LineCommission.decide(order, rate)).amount();
    }

    /// Settles one line with the rate in force when it was placed (null: no plan gave one).
    public SettlementLine settle(Order order, Rate rate) {
        Region region = regionOf(order);
        Money zero = Money.zero(order.amount().currency());
        Money commission = commissionOf(order, rate);
        if (order.deliveredAt() == null) {
            PayoutStatus status = order.refunded() ? PayoutStatus.REFUNDED : PayoutStatus.NOT_DELIVERED;
            return new SettlementLine(order, region, rate, zero, null, null, null, status);
        }
        if (region == null || periods.daysFor(region).isEmpty()) {
            return new SettlementLine(order, region, rate, zero, null, null, null, PayoutStatus.NOT_CONFIGURED);
        }
        LocalDate delivered = order.deliveredAt().atZone(region.zone()).toLocalDate();
        LocalDate settlement = delivered.plusDays(periods.daysFor(region).get());
        LocalDate pay = settlement.plusDays(1);
        if (order.refunded() && (order.refundedAt() == null
                || !order.refundedAt().atZone(region.zone()).toLocalDate().isAfter(settlement))) {
            return new SettlementLine(order, region, rate, zero, delivered, settlement, pay, PayoutStatus.REFUNDED);
        }
        if (commission.isZero()) {
            return new SettlementLine(order, region, rate, zero, delivered, settlement, pay, PayoutStatus.NO_COMMISSION);
        }
        return new SettlementLine(order, region, rate, commission, delivered, settlement, pay, PayoutStatus.DUE);
    }

    /// Payouts due on each day of [from, to] and per creator, from already settled lines.
    public static PayoutReport payouts(List<SettlementLine> lines, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, Totals>> byDay = new TreeMap<>();
        Map<String, Totals> byCreator = new TreeMap<>();
        TreeSet<Region> unconfigured = new TreeSet<>();
        int undated = 0;
        for (SettlementLine line : lines) {
            if (line.status() == PayoutStatus.NOT_CONFIGURED) {
                undated++;
                if (line.region() != null) {
                    unconfigured.add(line.region());
                }
                continue;
            }
            if (line.status() != PayoutStatus.DUE || line.payDay().isBefore(from) || line.payDay().isAfter(to)) {
                continue;
            }
            String creator = line.order().creatorHandle() == null ? "" : "@" + line.order().creatorHandle();
            byDay.computeIfAbsent(line.payDay(), d -> new TreeMap<>())
                    .computeIfAbsent(creator, c -> new Totals()).add(line.commission());
            byCreator.computeIfAbsent(creator, c -> new Totals()).add(line.commission());
        }
        List<PayoutReport.Day> days = new ArrayList<>();
        byDay.forEach((day, creators) -> {
            Totals dayTotal = new Totals();
            creators.values().forEach(dayTotal::addAll);
            days.add(new PayoutReport.Day(day, dayTotal.list(), toCreatorTotals(creators)));
        });
        return new PayoutReport(from, to, days, toCreatorTotals(byCreator), List.copyOf(unconfigured), undated);
    }

    private static List<PayoutReport.CreatorTotal> toCreatorTotals(Map<String, Totals> byCreator) {
        return byCreator.entrySet().stream()
                .map(e -> new PayoutReport.CreatorTotal(e.getKey(), e.getValue().list(), e.getValue().lines))
                .toList();
    }

    /// Sums per currency.
    private static final class Totals {
        private final Map<String, Money> sums = new TreeMap<>();
        private int lines;

        void add(Money money) {
            sums.merge(money.currency(), money, Money::plus);
            lines++;
        }

        void addAll(Totals other) {
            other.sums.values().forEach(m -> sums.merge(m.currency(), m, Money::plus));
            lines += other.lines;
        }

        List<Money> list() {
            return sums.values().stream().sorted(Comparator.comparing(Money::currency)).toList();
        }
    }
}
