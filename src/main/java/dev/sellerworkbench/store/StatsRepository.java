package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.domain.Region;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/// Monthly creator statistics (R-EX-5), the level engine's input.
public final class StatsRepository {

    private final Jdbi jdbi;

    StatsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void saveAll(List<MonthlyStats> stats) {
        Transactions.useTransaction(jdbi, h -> saveAll(h, stats));
    }

    /// Replaces each creator's figures for the month (re-import makes no duplicates).
    public static void saveAll(Handle h, List<MonthlyStats> stats) {
        var delete = h.prepareBatch("DELETE FROM creator_month_stats WHERE creator_id = :c AND stat_month = :m");
        var insert = h.prepareBatch("INSERT INTO creator_month_stats (creator_id, stat_month, gmv, currency, active_days, "
                + "products_promoted, reputation, credit_deducted, good_product_gmv) VALUES (:c, :m, :gmv, :cur, :days, "
                + ":products, :rep, :credit, :good)");
        for (MonthlyStats s : stats) {
            delete.bind("c", s.creatorId()).bind("m", s.month().toString()).add();
            insert.bind("c", s.creatorId()).bind("m", s.month().toString()).bind("gmv", s.gmv().amount())
                    .bind("cur", s.gmv().currency()).bind("days", s.activeDays()).bind("products", s.productsPromoted())
                    .bind("rep", s.reputation()).bind("credit", s.creditDeducted())
                    .bind("good", s.goodProductGmv().amount()).add();
        }
        if (!stats.isEmpty()) {
            delete.execute();
            insert.execute();
        }
    }

    public Optional<MonthlyStats> find(long creatorId, YearMonth month) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM creator_month_stats WHERE creator_id = :c AND stat_month = :m")
                .bind("c", creatorId).bind("m", month.toString()).map((rs, ctx) -> map(rs)).findOne());
    }

    /// The creator's newest month of figures.
    public Optional<MonthlyStats> latest(long creatorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM creator_month_stats WHERE creator_id = :c "
                        + "ORDER BY stat_month DESC LIMIT 1").bind("c", creatorId).map((rs, ctx) -> map(rs)).findOne());
    }

    /// Streams one month's figures in creator order.
    public void forMonth(YearMonth month, Consumer<MonthlyStats> consumer) {
        jdbi.useHandle(h -> {
            try (var stream = h.createQuery("SELECT * FROM creator_month_stats WHERE stat_month = :m ORDER BY creator_id")
                    .bind("m", month.toString()).setFetchSize(5_000).map((rs, ctx) -> map(rs)).stream()) {
                stream.forEach(consumer);
            }
        });
    }

    /// Streams one month's figures on the caller's handle in no particular order (sorting a
    /// million rows costs more than the level engine needs).
    public static void streamMonth(Handle h, YearMonth month, Consumer<MonthlyStats> consumer) {
        try (var ps = h.getConnection().prepareStatement("SELECT creator_id, gmv, currency, active_days, "
                + "products_promoted, reputation, credit_deducted, good_product_gmv FROM creator_month_stats "
                + "WHERE stat_month = ?")) {
            ps.setString(1, month.toString());
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String currency = rs.getString(3);
                    consumer.accept(new MonthlyStats(rs.getLong(1), month, new Money(rs.getBigDecimal(2), currency),
                            rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6), rs.getInt(7),
                            new Money(rs.getBigDecimal(8), currency)));
                }
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    /// Receives one creator's figures with the creator's region.
    public interface RegionalStatsVisitor {
        void visit(MonthlyStats stats, Region region);
    }

    /// Like [#streamMonth], with each creator's region beside the figures (R-LV-12).
    public static void streamMonthWithRegion(Handle h, YearMonth month, RegionalStatsVisitor visitor) {
        try (var ps = h.getConnection().prepareStatement("SELECT s.creator_id, s.gmv, s.currency, s.active_days, "
                + "s.products_promoted, s.reputation, s.credit_deducted, s.good_product_gmv, c.region "
                + "FROM creator_month_stats s JOIN creator c ON c.id = s.creator_id WHERE s.stat_month = ?")) {
            ps.setString(1, month.toString());
            ps.setFetchSize(10_000);
            Region[] last = {null};
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String currency = rs.getString(3);
                    String code = rs.getString(9);
                    Region region = last[0] != null && last[0].name().equals(code) ? last[0] : Region.parse(code);
                    last[0] = region;
                    visitor.visit(new MonthlyStats(rs.getLong(1), month, new Money(rs.getBigDecimal(2), currency),
                            rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6), rs.getInt(7),
                            new Money(rs.getBigDecimal(8), currency)), region);
                }
            }
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }

    /// Whether any creator has figures for the month.
    public boolean hasMonth(YearMonth month) {
        return jdbi.withHandle(h -> h.createQuery("SELECT creator_id FROM creator_month_stats WHERE stat_month = :m "
                + "LIMIT 1").bind("m", month.toString()).mapTo(Long.class).findOne().isPresent());
    }

    public long countForMonth(YearMonth month) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM creator_month_stats WHERE stat_month = :m")
                .bind("m", month.toString()).mapTo(Long.class).one());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM creator_month_stats").mapTo(Long.class).one());
    }

    static MonthlyStats map(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency");
        return new MonthlyStats(rs.getLong("creator_id"), YearMonth.parse(rs.getString("stat_month")),
                Money.of(rs.getBigDecimal("gmv"), currency), rs.getInt("active_days"), rs.getInt("products_promoted"),
                rs.getBigDecimal("reputation"), rs.getInt("credit_deducted"),
                Money.of(rs.getBigDecimal("good_product_gmv"), currency));
    }
}
