package dev.sellerworkbench.service;

import dev.sellerworkbench.commission.AfterSalesPeriods;
import dev.sellerworkbench.commission.PayoutReport;
import dev.sellerworkbench.commission.RateResolver;
import dev.sellerworkbench.commission.Settlement;
import dev.sellerworkbench.commission.SettlementLine;
import dev.sellerworkbench.domain.LineCommission;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.store.Workspace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/// Settlement over a workspace's orders. Each line's commission is the one stored with it when it
/// was imported (R-ST-5, [LineCommission]); the rate shown beside it is the order's own, else the
/// rate this engine resolves for the moment it was placed (R-COM-3).
public final class SettlementService {

    /// How long after creation an order may still be delivered; bounds the orders read for a range.
    public static final int DELIVERY_LOOKBACK_DAYS = 120;

    private final Workspace workspace;

    public SettlementService(Workspace workspace) {
        this.workspace = workspace;
    }

    /// Lines decided per pass by [#decideMissing].
    private static final int DECIDE_PAGE = 5_000;

    /// The plans' rate for an order line at its moment (R-COM-1), the plans read once on first use.
    public static Function<Order, Rate> planRates(Workspace workspace) {
        return new Function<>() {
            private RateResolver resolver;

            @Override
            public Rate apply(Order order) {
                if (resolver == null) {
                    resolver = new RateResolver(EngineInputs.commissionSnapshot(workspace));
                }
                return rateOf(order, resolver);
            }
        };
    }

    /// Decides and stores the commission of lines kept without one (lines from before commissions
    /// were stored: R-ST-5's one function, with the plans' rate where the file gave none). Cheap
    /// when every line is decided, which is the rule once imported.
    public void decideMissing() {
        Function<Order, Rate> rates = null;
        for (List<Order> page = workspace.orders().undecided(DECIDE_PAGE); !page.isEmpty();
             page = workspace.orders().undecided(DECIDE_PAGE)) {
            if (rates == null) {
                rates = planRates(workspace);
            }
            Function<Order, Rate> r = rates;
            workspace.orders().saveCommissions(page.stream().map(o -> o.withCommission(
                    LineCommission.decide(o, LineCommission.needsPlanRate(o) ? r.apply(o) : null))).toList());
        }
    }

    /// Payouts due per day and per creator on the days [from, to].
    public PayoutReport payouts(LocalDate from, LocalDate to) {
        return Settlement.payouts(settledLines(from, to), from, to);
    }

    /// Every order line that may be paid on the days [from, to], settled: the lines behind
    /// [#payouts], including those whose market has no after-sales period (NOT_CONFIGURED).
    public List<SettlementLine> settledLines(LocalDate from, LocalDate to) {
        decideMissing();
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
