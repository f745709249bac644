package dev.sellerworkbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/// The few statements H2 and PostgreSQL write differently, chosen from the connection's product
/// name. Everything else in the repositories is SQL both accept.
public enum Dialect {
    H2("h2") {
        @Override
        String upsertSetting() {
            return "MERGE INTO setting (name, val, version) KEY (name) "
                    + "VALUES (:n, :v, COALESCE((SELECT version + 1 FROM setting WHERE name = :n), 0))";
        }

        @Override
        String upsertProduct() {
            return "MERGE INTO product (id, title, category, price, currency, status, updated_at) KEY (id) "
                    + "VALUES (:id, :title, :category, :price, :currency, :status, :at)";
        }

        @Override
        void checkpoint(Handle h) {
            h.execute("CHECKPOINT SYNC");
        }
    },
    POSTGRESQL("postgresql") {
        @Override
        String upsertSetting() {
            return "INSERT INTO setting (name, val, version) VALUES (:n, :v, 0) "
                    + "ON CONFLICT (name) DO UPDATE SET val = EXCLUDED.val, version = setting.version + 1";
        }

        @Override
        String upsertProduct() {
            return "INSERT INTO product (id, title, category, price, currency, status, updated_at) "
                    + "VALUES (:id, :title, :category, :price, :currency, :status, :at) ON CONFLICT (id) DO UPDATE SET "
                    + "title = EXCLUDED.title, category = EXCLUDED.category, price = EXCLUDED.price, "
                    + "currency = EXCLUDED.currency, status = EXCLUDED.status, updated_at = EXCLUDED.updated_at";
        }

        @Override
        void checkpoint(Handle h) {
            // the server makes every commit durable itself
        }
    };

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /// The Flyway location of this database's own migrations, next to `common`.
    String migrations() {
        return "classpath:dev/sellerworkbench/db/migration/" + folder;
    }

    /// Inserts or replaces one setting `:n` = `:v`, counting its version up.
    abstract String upsertSetting();

    /// Inserts or replaces one product bound by its column names.
    abstract String upsertProduct();

    /// Forces committed work to disk where the database does not do it on commit.
    abstract void checkpoint(Handle h);

    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new SQLException("Unsupported database: " + product);
    }

    public static Dialect of(Handle h) {
        try {
            return of(h.getConnection());
        } catch (SQLException e) {
            throw Sql.unchecked(e);
        }
    }
}
