package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Sample;
import dev.sellerworkbench.domain.SampleStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/// Free samples (R-SA-1 … R-SA-3): one row per creator × product sent, with the names a screen shows.
public final class SampleRepository {

    private static final String LISTED = "SELECT s.*, c.handle c_handle, c.name c_name, p.title p_title, pl.name pl_name "
            + "FROM sample s JOIN creator c ON c.id = s.creator_id JOIN product p ON p.id = s.product_id "
            + "LEFT JOIN plan pl ON pl.id = s.plan_id";

    /// The audit log's name for samples.
    public static final String ENTITY = "sample";

    private final Jdbi jdbi;

    SampleRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /// A sample with the names of its creator, product and plan (null when none).
    public record Listed(Sample sample, String creatorHandle, String creatorName, String productTitle, String planName) {
    }

    /// Which samples a list shows: each field a filter when not null. `deliveredBefore` keeps
    /// delivered samples (no content yet) delivered at or before that moment (R-SA-2).
    public record Filter(SampleStatus status, Long planId, String productId, Long creatorId, Instant deliveredBefore) {
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /// What a sample earned since delivery (R-SA-3), in the sample's currency: `lines` order lines.
    public record Earned(long lines, BigDecimal gmv, BigDecimal commission) {
    }

    public static long insert(Handle h, Sample s) {
        return bind(h.createUpdate("INSERT INTO sample (creator_id, product_id, plan_id, status, requested_at, approved_at, "
                + "shipped_at, delivered_at, content_at, no_content_at, carrier, tracking_number, content_ref, cost, currency, "
                + "note, version) VALUES (:creator, :product, :plan, :status, :requested, :approved, :shipped, :delivered, "
                + ":content, :noContent, :carrier, :tracking, :contentRef, :cost, :currency, :note, 0)"), s)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /// Writes every field of `s` if the row is still at `s.version()`; false when it changed meanwhile.
    public static boolean update(Handle h, Sample s) {
        return bind(h.createUpdate("UPDATE sample SET creator_id=:creator, product_id=:product, plan_id=:plan, status=:status, "
                + "requested_at=:requested, approved_at=:approved, shipped_at=:shipped, delivered_at=:delivered, "
                + "content_at=:content, no_content_at=:noContent, carrier=:carrier, tracking_number=:tracking, "
                + "content_ref=:contentRef, cost=:cost, currency=:currency, note=:note, version=version+1 "
                + "WHERE id=:id AND version=:version"), s)
                .bind("id", s.id()).bind("version", s.version()).execute() == 1;
    }

    private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bind(T st, Sample s) {
        return st.bind("creator", s.creatorId()).bind("product", s.productId()).bind("plan", s.planId())
                .bind("status", s.status().name()).bind("requested", Sql.ts(s.requestedAt()))
                .bind("approved", Sql.ts(s.approvedAt())).bind("shipped", Sql.ts(s.shippedAt()))
                .bind("delivered", Sql.ts(s.deliveredAt())).bind("content", Sql.ts(s.contentAt()))
                .bind("noContent", Sql.ts(s.noContentAt())).bind("carrier", s.carrier())
                .bind("tracking", s.trackingNumber()).bind("contentRef", s.contentRef())
                .bind("cost", s.cost() == null ? null : s.cost().amount())
                .bind("currency", s.cost() == null ? null : s.cost().currency()).bind("note", s.note());
    }

    public static Optional<Sample> findById(Handle h, long id) {
        return h.createQuery("SELECT * FROM sample WHERE id = :id").bind("id", id).map((rs, ctx) -> map(rs)).findOne();
    }

    public Optional<Sample> findById(long id) {
        return jdbi.withHandle(h -> findById(h, id));
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sample").mapTo(Long.class).one());
    }

    /// One page of samples matching `filter`, newest request first.
    public List<Listed> find(Filter filter, int offset, int limit) {
        return jdbi.withHandle(h -> {
            StringBuilder sql = new StringBuilder(LISTED).append(" WHERE 1 = 1");
            if (filter.status() != null) {
                sql.append(" AND s.status = :status");
            }
            if (filter.planId() != null) {
                sql.append(" AND s.plan_id = :plan");
            }
            if (filter.productId() != null) {
                sql.append(" AND s.product_id = :product");
            }
            if (filter.creatorId() != null) {
                sql.append(" AND s.creator_id = :creator");
            }
            if (filter.deliveredBefore() != null) {
                sql.append(" AND s.status = 'DELIVERED' AND s.delivered_at <= :deliveredBefore");
            }
            sql.append(" ORDER BY COALESCE(s.requested_at, s.approved_at, s.shipped_at, s.delivered_at) DESC, s.id DESC "
                    + "LIMIT :limit OFFSET :offset");
            var query = h.createQuery(sql.toString()).bind("limit", limit).bind("offset", offset);
            if (filter.status() != null) {
                query.bind("status", filter.status().name());
            }
            if (filter.planId() != null) {
                query.bind("plan", filter.planId());
            }
            if (filter.productId() != null) {
                query.bind("product", filter.productId());
            }
            if (filter.creatorId() != null) {
                query.bind("creator", filter.creatorId());
            }
            if (filter.deliveredBefore() != null) {
                query.bind("deliveredBefore", Sql.ts(filter.deliveredBefore()));
            }
            return query.map((rs, ctx) -> new Listed(map(rs), rs.getString("c_handle"), rs.getString("c_name"),
                    rs.getString("p_title"), rs.getString("pl_name"))).list();
        });
    }

    /// GMV and commission of each delivered sample's creator on its product from delivery on (R-SA-3):
    /// unrefunded order lines created at or after `delivered_at`, in the sample's currency (the
    /// shop's; lines in another currency are not added), matched by the creator's handle (and region
    /// when the line names one). Commission is what the platform recorded (actual, else estimated).
    /// Samples not delivered are absent: what they earned is not known yet.
    public Map<Long, Earned> earned(Collection<Long> sampleIds, String shopCurrency) {
        if (sampleIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> {
            Map<Long, Earned> earned = new HashMap<>();
            h.createQuery("SELECT s.id, COUNT(o.id) n, COALESCE(SUM(o.amount), 0) gmv, "
                            + "COALESCE(SUM(COALESCE(o.actual_commission, o.est_commission, 0)), 0) commission "
                            + "FROM sample s JOIN creator c ON c.id = s.creator_id "
                            + "LEFT JOIN affiliate_order o ON o.product_id = s.product_id AND o.creator_handle = c.handle "
                            + "AND (o.region IS NULL OR o.region = c.region) AND o.refunded = FALSE "
                            + "AND o.created_at >= s.delivered_at AND o.currency = COALESCE(s.currency, :cur) "
                            + "WHERE s.id IN (<ids>) AND s.delivered_at IS NOT NULL GROUP BY s.id")
                    .bindList("ids", List.copyOf(sampleIds)).bind("cur", shopCurrency)
                    .map((rs, ctx) -> Map.entry(rs.getLong("id"), new Earned(rs.getLong("n"), rs.getBigDecimal("gmv"),
                            rs.getBigDecimal("commission"))))
                    .forEach(e -> earned.put(e.getKey(), e.getValue()));
            return earned;
        });
    }

    /// For each creator in `creatorIds` with a sample shipped or later: whether content was posted
    /// for any of them (true) or only sent (false). Creators without a sent sample are absent.
    public Map<Long, Boolean> sentOrPosted(Collection<Long> creatorIds) {
        if (creatorIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> {
            Map<Long, Boolean> marks = new HashMap<>();
            h.createQuery("SELECT creator_id, SUM(CASE WHEN status = 'CONTENT_POSTED' THEN 1 ELSE 0 END) posted "
                            + "FROM sample WHERE creator_id IN (<ids>) AND status IN ('SHIPPED', 'DELIVERED', "
                            + "'CONTENT_POSTED', 'NO_CONTENT') GROUP BY creator_id")
                    .bindList("ids", List.copyOf(creatorIds))
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2) > 0))
                    .forEach(e -> marks.put(e.getKey(), e.getValue()));
            return marks;
        });
    }

    /// The sample of this creator and product requested at that moment, if one is kept (re-import
    /// of a file without ids finds its rows again).
    public static Optional<Sample> findSame(Handle h, long creatorId, String productId, Instant requestedAt) {
        return h.createQuery("SELECT * FROM sample WHERE creator_id = :c AND product_id = :p AND requested_at = :r "
                        + "ORDER BY id LIMIT 1")
                .bind("c", creatorId).bind("p", productId).bind("r", Sql.ts(requestedAt))
                .map((rs, ctx) -> map(rs)).findOne();
    }

    static Sample map(ResultSet rs) throws SQLException {
        BigDecimal cost = rs.getBigDecimal("cost");
        String currency = rs.getString("currency");
        long plan = rs.getLong("plan_id");
        Long planId = rs.wasNull() ? null : plan;
        return new Sample(rs.getLong("id"), rs.getLong("creator_id"), rs.getString("product_id"), planId,
                SampleStatus.valueOf(rs.getString("status")), Sql.instant(rs, "requested_at"),
                Sql.instant(rs, "approved_at"), Sql.instant(rs, "shipped_at"), Sql.instant(rs, "delivered_at"),
                Sql.instant(rs, "content_at"), Sql.instant(rs, "no_content_at"), rs.getString("carrier"),
                rs.getString("tracking_number"), rs.getString("content_ref"),
                cost == null || currency == null ? null : Money.of(cost, currency), rs.getString("note"),
                rs.getInt("version"));
    }
}
