package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.CommissionSource;
import dev.sellerworkbench.domain.LineCommission;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/// Affiliate order lines (R-EX-4), the input of settlement and insights (§7).
public final class OrderRepository {

    private final Jdbi jdbi;

    OrderRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void saveAll(List<Order> orders) {
        Transactions.useTransaction(jdbi, h -> saveAll(h, orders));
    }

    /// Inserts lines, replacing any with the same order and SKU id (re-import makes no duplicates).
    /// A line whose commission is not decided yet is stored with the one the file's own figures
    /// decide (R-ST-5, without a plan rate).
    public static void saveAll(Handle h, List<Order> orders) {
        for (Order o : orders) {
            h.createUpdate("DELETE FROM affiliate_order WHERE order_id = :o AND sku_id = :s")
                    .bind("o", o.orderId()).bind("s", o.skuId()).execute();
        }
        var batch = h.prepareBatch("INSERT INTO affiliate_order (order_id, sku_id, product_id, creator_handle, region, "
                + "quantity, amount, currency, rate_bp, est_commission, actual_commission, order_status, created_at, "
                + "delivered_at, refunded, refunded_at, commission_paid_at, content_type, est_commission_base, "
                + "actual_commission_base, commission_base, commission, commission_source) VALUES (:orderId, :skuId, "
                + ":productId, :creator, :region, :quantity, :amount, :currency, :rate, :est, :actual, :status, :created, "
                + ":delivered, :refunded, :refundedAt, :paidAt, :contentType, :estBase, :actualBase, :base, :commission, "
                + ":source)");
        for (Order o : orders) {
            LineCommission decided = o.commission() != null ? o.commission() : LineCommission.decide(o, null);
            batch.bind("orderId", o.orderId()).bind("skuId", o.skuId()).bind("productId", o.productId())
                    .bind("creator", o.creatorHandle()).bind("region", o.region() == null ? null : o.region().name())
                    .bind("quantity", o.quantity()).bind("amount", o.amount().amount())
                    .bind("currency", o.amount().currency())
                    .bind("rate", o.rate() == null ? null : o.rate().basisPoints())
                    .bind("est", o.estimatedCommission() == null ? null : o.estimatedCommission().amount())
                    .bind("actual", o.actualCommission() == null ? null : o.actualCommission().amount())
                    .bind("status", o.status()).bind("created", Sql.ts(o.createdAt()))
                    .bind("delivered", Sql.ts(o.deliveredAt())).bind("refunded", o.refunded())
                    .bind("refundedAt", Sql.ts(o.refundedAt())).bind("paidAt", Sql.ts(o.commissionPaidAt()))
                    .bind("contentType", o.contentType())
                    .bind("estBase", o.estimatedBase() == null ? null : o.estimatedBase().amount())
                    .bind("actualBase", o.actualBase() == null ? null : o.actualBase().amount())
                    .bind("base", decided.base().amount()).bind("commission", decided.amount().amount())
                    .bind("source", decided.source().name()).add();
        }
        if (!orders.isEmpty()) {
            batch.execute();
        }
    }

    /// Keeps the collaboration ids the platform states for order lines already saved, by order and
    /// SKU id; null ids are kept as unknown.
    public static void saveCollaborations(Handle h, List<Order> orders, List<String> target, List<String> open) {
        var batch = h.prepareBatch("UPDATE affiliate_order SET target_collaboration_id = :t, open_collaboration_id = :o "
                + "WHERE order_id = :orderId AND sku_id = :skuId");
        int bound = 0;
        for (int i = 0; i < orders.size(); i++) {
            if (target.get(i) == null && open.get(i) == null) {
                continue;
            }
            batch.bind("t", target.get(i)).bind("o", open.get(i)).bind("orderId", orders.get(i).orderId())
                    .bind("skuId", orders.get(i).skuId()).add();
            bound++;
        }
        if (bound > 0) {
            batch.execute();
        }
    }

    /// Keeps the content id (the LIVE, video or link that brought the sale) the file states for
    /// order lines already saved, by order and SKU id; a null id stays unknown.
    public static void saveContentIds(Handle h, List<Order> orders, List<String> contentIds) {
        var batch = h.prepareBatch("UPDATE affiliate_order SET content_id = :c WHERE order_id = :orderId AND sku_id = :skuId");
        int bound = 0;
        for (int i = 0; i < orders.size(); i++) {
            if (contentIds.get(i) == null) {
                continue;
            }
            batch.bind("c", contentIds.get(i)).bind("orderId", orders.get(i).orderId()).bind("skuId", orders.get(i).skuId()).add();
            bound++;
        }
        if (bound > 0) {
            batch.execute();
        }
    }

    /// The content id kept for an order line, if the file stated one.
    public java.util.Optional<String> contentId(String orderId, String skuId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT content_id FROM affiliate_order WHERE order_id = :o AND sku_id = :s")
                .bind("o", orderId).bind("s", skuId).mapTo(String.class).findOne().filter(java.util.Objects::nonNull));
    }

    /// Lines whose commission is not decided yet (kept before commissions were stored), oldest first.
    public List<Order> undecided(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM affiliate_order WHERE commission_source IS NULL "
                + "ORDER BY id LIMIT :limit").bind("limit", limit).map((rs, ctx) -> map(rs)).list());
    }

    /// Stores the decided commission of lines already saved, by row id.
    public void saveCommissions(List<Order> decided) {
        if (decided.isEmpty()) {
            return;
        }
        Transactions.useTransaction(jdbi, h -> {
            var batch = h.prepareBatch("UPDATE affiliate_order SET commission_base = :base, commission = :commission, "
                    + "commission_source = :source WHERE id = :id");
            for (Order o : decided) {
                batch.bind("base", o.commission().base().amount()).bind("commission", o.commission().amount().amount())
                        .bind("source", o.commission().source().name()).bind("id", o.id()).add();
            }
            batch.execute();
        });
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM affiliate_order").mapTo(Long.class).one());
    }

    /// Lines created in [from, to).
    public List<Order> createdBetween(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM affiliate_order WHERE created_at >= :from AND created_at < :to "
                        + "ORDER BY created_at, id").bind("from", Sql.ts(from)).bind("to", Sql.ts(to))
                .map((rs, ctx) -> map(rs)).list());
    }

    public List<Order> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM affiliate_order ORDER BY created_at, id")
                .map((rs, ctx) -> map(rs)).list());
    }

    static Order map(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency");
        Integer rate = Sql.intOrNull(rs, "rate_bp");
        BigDecimal est = rs.getBigDecimal("est_commission");
        BigDecimal actual = rs.getBigDecimal("actual_commission");
        String region = rs.getString("region");
        BigDecimal estBase = rs.getBigDecimal("est_commission_base");
        BigDecimal actualBase = rs.getBigDecimal("actual_commission_base");
        String source = rs.getString("commission_source");
        LineCommission commission = source == null ? null : new LineCommission(
                Money.of(rs.getBigDecimal("commission_base"), currency), Money.of(rs.getBigDecimal("commission"), currency).rounded(),
                CommissionSource.valueOf(source));
        return new Order(rs.getLong("id"), rs.getString("order_id"), rs.getString("sku_id"), rs.getString("product_id"),
                rs.getString("creator_handle"), region == null ? null : Region.valueOf(region), rs.getInt("quantity"),
                Money.of(rs.getBigDecimal("amount"), currency), rate == null ? null : new Rate(rate),
                est == null ? null : Money.of(est, currency), actual == null ? null : Money.of(actual, currency),
                rs.getString("order_status"), Sql.instant(rs, "created_at"), Sql.instant(rs, "delivered_at"),
                rs.getBoolean("refunded"), Sql.instant(rs, "refunded_at"), Sql.instant(rs, "commission_paid_at"),
                rs.getString("content_type"), estBase == null ? null : Money.of(estBase, currency),
                actualBase == null ? null : Money.of(actualBase, currency), commission);
    }

    /// Affiliate totals per currency for orders created in [from, to) (R-ST-4).
    public record Totals(String currency, long orders, long items, BigDecimal gmv, BigDecimal commission, long refunded) {
    }

    public List<Totals> totalsByCurrency(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT currency, COUNT(DISTINCT order_id) orders, SUM(quantity) items, "
                        + "SUM(amount) gmv, SUM(CASE WHEN refunded THEN 0 ELSE COALESCE(commission, 0) END) commission, "
                        + "SUM(CASE WHEN refunded THEN 1 ELSE 0 END) refunded FROM affiliate_order "
                        + "WHERE created_at >= :from AND created_at < :to GROUP BY currency ORDER BY currency")
                .bind("from", Sql.ts(from)).bind("to", Sql.ts(to))
                .map((rs, ctx) -> new Totals(rs.getString("currency"), rs.getLong("orders"), rs.getLong("items"),
                        rs.getBigDecimal("gmv"), rs.getBigDecimal("commission"), rs.getLong("refunded"))).list());
    }
}
