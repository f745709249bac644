package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/// The shop's products (R-PR-1).
public final class ProductRepository {

    private final Jdbi jdbi;

    ProductRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /// Inserts or replaces products by id.
    public void saveAll(List<Product> products) {
        Transactions.useTransaction(jdbi, h -> saveAll(h, products));
    }

    public static void saveAll(Handle h, List<Product> products) {
        String upsert = Dialect.of(h).upsertProduct();
        for (Product p : products) {
            h.createUpdate(upsert).bindMethods(new Row(p)).execute();
        }
    }

    /// Bind source: the product's fields under their column names.
    public record Row(String id, String title, String category, java.math.BigDecimal price, String currency,
                      String status, java.time.OffsetDateTime at) {
        Row(Product p) {
            this(p.id(), p.title(), p.category(), p.price().amount(), p.price().currency(), p.status().name(),
                    Sql.ts(Instant.now()));
        }
    }

    public Optional<Product> findById(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM product WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    public List<Product> findAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM product ORDER BY title, id")
                .map((rs, ctx) -> map(rs)).list());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM product").mapTo(Long.class).one());
    }

    public long countByStatus(ProductStatus status) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM product WHERE status = :s")
                .bind("s", status.name()).mapTo(Long.class).one());
    }

    static Product map(ResultSet rs) throws SQLException {
        return new Product(rs.getString("id"), rs.getString("title"), rs.getString("category"),
                Money.of(rs.getBigDecimal("price"), rs.getString("currency")),
                ProductStatus.valueOf(rs.getString("status")));
    }
}
