package dev.sellerworkbench.exchange;

import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.store.ProductRepository;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/// Products (R-EX-2): `id,title,category,price,currency,status`, status `Live` or `Revoked`.
/// Re-import replaces a product by id.
final class ProductRows extends RowHandler<Product> {

    static final List<String> FIELDS = List.of("id", "title", "category", "price", "currency", "status");

    @Override
    Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        FIELDS.forEach(f -> aliases.put(f, List.of(f)));
        aliases.put("id", List.of("id", "product_id", "product id"));
        return aliases;
    }

    @Override
    List<String> requiredColumns() {
        return List.of("id", "title", "price", "currency", "status");
    }

    @Override
    String keyField() {
        return "id";
    }

    @Override
    Product parse(Row row, Handle h) {
        String id = CellValues.required(row, "id");
        if (id.length() > 64) {
            throw new RowRejectedException("id", "exchange.row.tooLong", 64);
        }
        String title = CellValues.required(row, "title");
        if (title.length() > 500) {
            throw new RowRejectedException("title", "exchange.row.tooLong", 500);
        }
        String category = CellValues.text(row, "category", 100);
        String currency = CellValues.required(row, "currency").toUpperCase(Locale.ROOT);
        if (!Currencies.isKnown(currency)) {
            throw new RowRejectedException("currency", "exchange.row.unknownCurrency", row.get("currency"));
        }
        BigDecimal price = CellValues.nonNegativeAmount("price", CellValues.required(row, "price"), currency);
        ProductStatus status = switch (CellValues.required(row, "status").toLowerCase(Locale.ROOT)) {
            case "live", "active", "đang hoạt động" -> ProductStatus.LIVE;
            case "revoked", "đã thu hồi" -> ProductStatus.REVOKED;
            default -> throw new RowRejectedException("status", "exchange.row.unknownStatus", row.get("status"),
                    "Live, Revoked");
        };
        return new Product(id, title, category.isEmpty() ? null : category, Money.of(price, currency), status);
    }

    @Override
    List<String> keys(Product item) {
        return List.of(item.id());
    }

    @Override
    void write(Handle h, List<Product> batch) {
        ProductRepository.saveAll(h, batch);
    }
}
