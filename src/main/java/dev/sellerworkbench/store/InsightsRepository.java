package dev.sellerworkbench.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/// The data compass's figures (R-ST-4), aggregated in SQL over order lines created in [from, to).
/// Every figure is per currency: VND and GBP are never added. Refunded lines (R-ST-3) count in
/// `refunded` only; GMV, orders, items and commission leave them out. Commission is each line's one
/// commission, stored at import (R-ST-5: the platform's actual, else estimated, else base × rate);
/// it is paid when `commission_paid_at` is set and due
/// otherwise. The SQL runs unchanged on H2 and PostgreSQL.
public final class InsightsRepository {

    private static final String LIVE = "refunded = FALSE";
    private static final String EARNED = "COALESCE(commission, 0)";

    private final Jdbi jdbi;

    public InsightsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /// Figures in one currency. `rateBase` is the GMV of lines that carry a rate and `rateWeighted`
    /// the sum of amount × rate (hundredths of a percent) over them, so the average rate is exact.
    public record Figures(String currency, long orders, long items, BigDecimal gmv, BigDecimal commissionDue,
                          BigDecimal commissionPaid, long refundedLines, BigDecimal refunded, BigDecimal rateBase,
                          BigDecimal rateWeighted) {

        /// GMV-weighted average rate in hundredths of a percent, half-up; empty when no line has a rate.
        public Optional<Integer> averageRateBp() {
            if (rateBase == null || rateBase.signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(rateWeighted.divide(rateBase, 0, RoundingMode.HALF_UP).intValueExact());
        }

        public BigDecimal commission() {
            return commissionDue.add(commissionPaid);
        }
    }

    private static final String FIGURES = "COUNT(DISTINCT CASE WHEN " + LIVE + " THEN order_id END) orders, "
            + "COALESCE(SUM(CASE WHEN " + LIVE + " THEN quantity ELSE 0 END), 0) items, "
            + "COALESCE(SUM(CASE WHEN " + LIVE + " THEN amount ELSE 0 END), 0) gmv, "
            + "COALESCE(SUM(CASE WHEN " + LIVE + " AND commission_paid_at IS NULL THEN " + EARNED + " ELSE 0 END), 0) due, "
            + "COALESCE(SUM(CASE WHEN " + LIVE + " AND commission_paid_at IS NOT NULL THEN " + EARNED + " ELSE 0 END), 0) paid, "
            + "COALESCE(SUM(CASE WHEN refunded = TRUE THEN 1 ELSE 0 END), 0) refunded_lines, "
            + "COALESCE(SUM(CASE WHEN refunded = TRUE THEN amount ELSE 0 END), 0) refunded_amount, "
            + "COALESCE(SUM(CASE WHEN " + LIVE + " AND rate_bp IS NOT NULL THEN amount ELSE 0 END), 0) rate_base, "
            + "COALESCE(SUM(CASE WHEN " + LIVE + " AND rate_bp IS NOT NULL THEN amount * rate_bp ELSE 0 END), 0) rate_weighted";

    private static final String CREATED = "created_at >= :from AND created_at < :to";

    /// The plan a line is counted under: the one the file recorded, else the first plan the creator
    /// held the product through when the order was placed, in R-COM-1's order — an accepted
    /// targeted plan (highest rate, then the one accepted first), an open plan with an approved
    /// application, the shop plan. Membership only: the full rate history stays with RateResolver.
    private static final String ATTRIBUTED = "COALESCE(o.plan_id, "
            + "(SELECT pi.plan_id FROM plan_item pi JOIN plan p ON p.id = pi.plan_id "
            + "JOIN plan_creator pc ON pc.plan_id = pi.plan_id JOIN creator c ON c.id = pc.creator_id "
            + "WHERE p.plan_type = 'TARGETED' AND pi.product_id = o.product_id AND c.handle = o.creator_handle "
            + "AND (o.region IS NULL OR c.region = o.region) AND pc.status = 'ACCEPTED' "
            + "AND COALESCE(pc.accepted_at, pc.invited_at) <= o.created_at AND pi.added_at <= o.created_at "
            + "AND (pi.removed_at IS NULL OR pi.removed_at > o.created_at) "
            + "ORDER BY pi.rate_bp DESC, COALESCE(pc.accepted_at, pc.invited_at), pi.plan_id LIMIT 1), "
            + "(SELECT a.plan_id FROM application a JOIN plan p ON p.id = a.plan_id JOIN creator c ON c.id = a.creator_id "
            + "WHERE p.plan_type = 'OPEN' AND a.product_id = o.product_id AND c.handle = o.creator_handle "
            + "AND (o.region IS NULL OR c.region = o.region) AND a.status = 'APPROVED' AND a.removed = FALSE "
            + "AND COALESCE(a.decided_at, a.applied_at) <= o.created_at ORDER BY a.plan_id LIMIT 1), "
            + "(SELECT p.id FROM plan p WHERE p.plan_type = 'SHOP' AND p.status = 'PUBLISHED' "
            + "AND p.published_at <= o.created_at ORDER BY p.id LIMIT 1))";

    /// Lines created in [from, to) with the plan they count under, as `attributed`.
    private static final String LINES = "(SELECT o.*, " + ATTRIBUTED + " attributed FROM affiliate_order o "
            + "WHERE o.created_at >= :from AND o.created_at < :to)";

    private static Figures figures(ResultSet rs) throws SQLException {
        return new Figures(rs.getString("currency"), rs.getLong("orders"), rs.getLong("items"), rs.getBigDecimal("gmv"),
                rs.getBigDecimal("due"), rs.getBigDecimal("paid"), rs.getLong("refunded_lines"),
                rs.getBigDecimal("refunded_amount"), rs.getBigDecimal("rate_base"), rs.getBigDecimal("rate_weighted"));
    }

    /// Totals per currency, ordered by currency.
    public List<Figures> totals(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT currency, " + FIGURES + " FROM affiliate_order WHERE " + CREATED
                        + " GROUP BY currency ORDER BY currency")
                .bind("from", Sql.ts(from)).bind("to", Sql.ts(to))
                .map((rs, ctx) -> figures(rs)).list());
    }

    /// One plan's figures in one currency. `planId` is null for lines no plan holds (see ATTRIBUTED);
    /// `creatorsSelling` counts distinct creators with a line that was not refunded.
    public record PlanFigures(Long planId, String planName, String planType, Figures figures, long creatorsSelling) {
    }

    /// Per plan and currency, by GMV descending.
    public List<PlanFigures> plans(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT f.*, p.name plan_name, p.plan_type FROM (SELECT attributed plan_id, currency, "
                        + FIGURES + ", COUNT(DISTINCT CASE WHEN " + LIVE + " THEN creator_handle END) creators "
                        + "FROM " + LINES + " l GROUP BY attributed, currency) f "
                        + "LEFT JOIN plan p ON p.id = f.plan_id ORDER BY f.gmv DESC, f.currency, f.plan_id")
                .bind("from", Sql.ts(from)).bind("to", Sql.ts(to))
                .map((rs, ctx) -> new PlanFigures(nullableLong(rs, "plan_id"), rs.getString("plan_name"),
                        rs.getString("plan_type"), figures(rs), rs.getLong("creators"))).list());
    }

    /// How a plan's creators came in and how many sold: for targeted plans `invited` and `joined`
    /// (accepted) from the invitations; for open plans `invited` is the creators who applied and
    /// `joined` those approved. `selling` counts joined creators with an unrefunded line in the plan.
    public record Conversion(long planId, long invited, long joined, long selling) {

        /// Selling ÷ joined in hundredths of a percent, half-up; empty when nobody joined.
        public Optional<Integer> conversionBp() {
            return joined == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(selling * 10_000L).divide(BigDecimal.valueOf(joined), 0,
                    RoundingMode.HALF_UP).intValueExact());
        }
    }

    private static final String SELLERS = "(SELECT DISTINCT attributed plan_id, creator_handle FROM " + LINES
            + " l WHERE " + LIVE + " AND attributed IS NOT NULL)";

    public List<Conversion> conversions(Instant from, Instant to) {
        String sql = "SELECT pc.plan_id, COUNT(*) invited, "
                + "SUM(CASE WHEN pc.status = 'ACCEPTED' THEN 1 ELSE 0 END) joined, "
                + "SUM(CASE WHEN pc.status = 'ACCEPTED' AND s.creator_handle IS NOT NULL THEN 1 ELSE 0 END) selling "
                + "FROM plan_creator pc JOIN creator c ON c.id = pc.creator_id "
                + "LEFT JOIN " + SELLERS + " s ON s.plan_id = pc.plan_id AND s.creator_handle = c.handle "
                + "GROUP BY pc.plan_id "
                + "UNION ALL "
                + "SELECT a.plan_id, COUNT(DISTINCT a.creator_id) invited, "
                + "COUNT(DISTINCT CASE WHEN a.status = 'APPROVED' THEN a.creator_id END) joined, "
                + "COUNT(DISTINCT CASE WHEN a.status = 'APPROVED' AND s.creator_handle IS NOT NULL THEN a.creator_id END) selling "
                + "FROM application a JOIN creator c ON c.id = a.creator_id "
                + "LEFT JOIN " + SELLERS + " s ON s.plan_id = a.plan_id AND s.creator_handle = c.handle "
                + "WHERE a.removed = FALSE GROUP BY a.plan_id ORDER BY 1";
        return jdbi.withHandle(h -> h.createQuery(sql).bind("from", Sql.ts(from)).bind("to", Sql.ts(to))
                .map((rs, ctx) -> new Conversion(rs.getLong("plan_id"), rs.getLong("invited"), rs.getLong("joined"),
                        rs.getLong("selling"))).list());
    }

    /// GMV of one day (in `zone`) of one plan in one currency; `planId` null for lines without a plan.
    public record DayPoint(LocalDate day, Long planId, String currency, BigDecimal gmv) {
    }

    /// Unrefunded GMV per local day of `zone` in [first, last], plan and currency, in day order.
    /// Day boundaries are computed here (DST-correct) and joined as a table of values, since the
    /// databases' zone conversions differ (H2 casts to DATE in the session's zone).
    public List<DayPoint> gmvByDay(LocalDate first, LocalDate last, ZoneId zone) {
        List<LocalDate> days = first.datesUntil(last.plusDays(1)).toList();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(").append(i).append(", CAST(:s").append(i)
                    .append(" AS TIMESTAMP WITH TIME ZONE), CAST(:e").append(i).append(" AS TIMESTAMP WITH TIME ZONE))");
        }
        String sql = "SELECT d.n, l.attributed plan_id, l.currency, SUM(l.amount) gmv FROM " + LINES + " l JOIN (VALUES "
                + values + ") AS d (n, s, e) ON l.created_at >= d.s AND l.created_at < d.e WHERE l." + LIVE
                + " GROUP BY d.n, l.attributed, l.currency ORDER BY 1, 2, 3";
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql).bind("from", Sql.ts(first.atStartOfDay(zone).toInstant()))
                    .bind("to", Sql.ts(last.plusDays(1).atStartOfDay(zone).toInstant()));
            for (int i = 0; i < days.size(); i++) {
                query.bind("s" + i, Sql.ts(days.get(i).atStartOfDay(zone).toInstant()))
                        .bind("e" + i, Sql.ts(days.get(i).plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return query.map((rs, ctx) -> new DayPoint(days.get(rs.getInt("n")), nullableLong(rs, "plan_id"),
                    rs.getString("currency"), rs.getBigDecimal("gmv"))).list();
        });
    }

    /// What creators can be ranked by (R-ST-4); each names its SQL aggregate.
    public enum RankBy {
        GMV("gmv"), COMMISSION_PAID("paid"), ITEMS("items"), PRODUCTS("products"), ORDERS("orders"),
        COMMISSION_DUE("due");

        private final String column;

        RankBy(String column) {
            this.column = column;
        }
    }

    /// One creator's figures in one currency; `products` is the distinct products sold.
    public record CreatorFigures(String handle, Figures figures, long products) {
    }

    /// Creators in `currency` ranked by `rankBy` (descending, then handle), one page.
    public List<CreatorFigures> ranking(Instant from, Instant to, String currency, RankBy rankBy, int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT creator_handle, currency, " + FIGURES
                        + ", COUNT(DISTINCT CASE WHEN " + LIVE + " THEN product_id END) products FROM affiliate_order "
                        + "WHERE " + CREATED + " AND currency = :currency AND creator_handle IS NOT NULL "
                        + "GROUP BY creator_handle, currency ORDER BY " + rankBy.column + " DESC, creator_handle "
                        + "LIMIT :limit OFFSET :offset")
                .bind("from", Sql.ts(from)).bind("to", Sql.ts(to)).bind("currency", currency)
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new CreatorFigures(rs.getString("creator_handle"), figures(rs), rs.getLong("products")))
                .list());
    }

    /// One creator's figures per currency.
    public List<CreatorFigures> creator(Instant from, Instant to, String handle) {
        return jdbi.withHandle(h -> h.createQuery("SELECT creator_handle, currency, " + FIGURES
                        + ", COUNT(DISTINCT CASE WHEN " + LIVE + " THEN product_id END) products FROM affiliate_order "
                        + "WHERE " + CREATED + " AND creator_handle = :handle GROUP BY creator_handle, currency "
                        + "ORDER BY currency")
                .bind("from", Sql.ts(from)).bind("to", Sql.ts(to)).bind("handle", handle)
                .map((rs, ctx) -> new CreatorFigures(rs.getString("creator_handle"), figures(rs), rs.getLong("products")))
                .list());
    }

    /// One product's figures in one currency; `title` from the product table, null when the product
    /// is not in the workspace; `creatorsSelling` counts distinct creators with an unrefunded line.
    public record ProductFigures(String productId, String title, Figures figures, long creatorsSelling) {
    }

    /// Per product and currency, by currency, then GMV descending, then product id.
    public List<ProductFigures> products(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT f.*, p.title FROM (SELECT product_id, currency, " + FIGURES
                        + ", COUNT(DISTINCT CASE WHEN " + LIVE + " THEN creator_handle END) creators FROM affiliate_order "
                        + "WHERE " + CREATED + " GROUP BY product_id, currency) f LEFT JOIN product p ON p.id = f.product_id "
                        + "ORDER BY f.currency, f.gmv DESC, f.product_id")
                .bind("from", Sql.ts(from)).bind("to", Sql.ts(to))
                .map((rs, ctx) -> new ProductFigures(rs.getString("product_id"), rs.getString("title"), figures(rs),
                        rs.getLong("creators"))).list());
    }

    /// One content type's figures in one currency: `contentType` upper-cased as the file states it
    /// (LIVE, VIDEO, SHOWCASE …), null when the file does not say.
    public record ContentFigures(String contentType, Figures figures, long creatorsSelling) {
    }

    /// Per content type and currency, by currency, then GMV descending.
    public List<ContentFigures> content(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT UPPER(content_type) content, currency, " + FIGURES
                        + ", COUNT(DISTINCT CASE WHEN " + LIVE + " THEN creator_handle END) creators FROM affiliate_order "
                        + "WHERE " + CREATED + " GROUP BY UPPER(content_type), currency ORDER BY currency, gmv DESC, content")
                .bind("from", Sql.ts(from)).bind("to", Sql.ts(to))
                .map((rs, ctx) -> new ContentFigures(rs.getString("content"), figures(rs), rs.getLong("creators")))
                .list());
    }

    /// One piece of content's figures in one currency: the content id the orders file states, its
    /// content type (upper-cased) and the creator who posted it (handle, and name when the creator
    /// is in the workspace). The row with a null `contentId` gathers the lines whose file gave no
    /// content id; its type and creator are then unknown (null).
    public record ContentIdFigures(String contentId, String contentType, String creatorHandle, String creatorName,
                                   Figures figures) {
    }

    /// Per content id and currency, by currency, then GMV descending, then id; the lines without a
    /// content id last in each currency, as one row.
    public List<ContentIdFigures> contentIds(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT f.*, c.name creator_name FROM (SELECT content_id, currency, "
                        + "MAX(UPPER(content_type)) content, MAX(creator_handle) handle, MAX(region) region, " + FIGURES
                        + " FROM affiliate_order WHERE " + CREATED + " GROUP BY content_id, currency) f "
                        + "LEFT JOIN creator c ON f.content_id IS NOT NULL AND c.handle = f.handle AND c.region = f.region "
                        + "ORDER BY f.currency, CASE WHEN f.content_id IS NULL THEN 1 ELSE 0 END, f.gmv DESC, f.content_id")
                .bind("from", Sql.ts(from)).bind("to", Sql.ts(to))
                .map((rs, ctx) -> {
                    String id = rs.getString("content_id");
                    return new ContentIdFigures(id, id == null ? null : rs.getString("content"),
                            id == null ? null : rs.getString("handle"), id == null ? null : rs.getString("creator_name"),
                            figures(rs));
                }).list());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
