package dev.sellerworkbench.service;

import dev.sellerworkbench.commission.AfterSalesPeriods;
import dev.sellerworkbench.commission.PayoutReport;
import dev.sellerworkbench.commission.RateResolver;
import dev.sellerworkbench.commission.Settlement;
import dev.sellerworkbench.commission.SettlementLine;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.store.Workspace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/// Settlement over a workspace's orders: each line's commission uses the rate the order carries
/// (the platform's record), else the rate this engine resolves for the moment it was placed (R-COM-3).
public final class SettlementService {

    /// How long after creation an order may still be delivered; bounds the orders read for a range.
    public static final int DELIVERY_LOOKBACK_DAYS = 120;

    private final Workspace workspace;

    public SettlementService(Workspace workspace) {
        this.workspace = workspace;
    }

    /// Payouts due per day and per creator on the days [from, to].
    public PayoutReport payouts(LocalDate from, LocalDate to) {
        return Settlement.payouts(settledLines(from, to), from, to);
    }

    /// Every order line that may be paid on the days [from, to], settled: the lines behind
    /// [#payouts], including those whose market has no after-sales period (NOT_CONFIGURED).
    public List<SettlementLine> settledLines(LocalDate from, LocalDate to) {
        AfterSalesPeriods periods = EngineInputs.afterSales(workspace.settings());
        int longest = periods.days().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        // Pay day = delivery + period + 1, delivery ≥ creation; a day of slack on each side for zones.
        Instant start = from.minusDays(longest + 2L + DELIVERY_LOOKBACK_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Order> orders = workspace.orders().createdBetween(start, end);
        RateResolver resolver = new RateResolver(EngineInputs.commissionSnapshot(workspace));
        Settlement settlement = new Settlement(periods);
        return orders.stream().map(o -> settlement.settle(o, rateOf(o, resolver))).toList();
    }

    /// The rate of an order line: its own, else the one in force for its creator when it was placed.
    public static Rate rateOf(Order order, RateResolver resolver) {
        if (order.rate() != null) {
            return order.rate();
        }
        if (order.createdAt() == null || order.productId() == null) {
            return null;
        }
        long creatorId = resolver.snapshot().creatorIdOf(order.creatorHandle()).orElse(-1L);
        return resolver.resolve(creatorId, order.productId(), order.createdAt()).rate();
    }
}
