package dev.sellerworkbench.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/// The platform's affiliate orders search response (R-EX-4,
/// `POST /affiliate_seller/202410/orders/search`) flattened into [OrderRows]' fields, one row per
/// SKU. `commission_rate` is in hundredths of a percent (1000 = 10%); amounts are objects
/// {amount, currency} whose amount may be a localised string ("Rp9.900"); an empty array or null
/// where an amount object belongs means "no amount yet". The line reported for a SKU is the line
/// where its order starts; the field names the SKU (`skus[1].commission_rate`).
final class PlatformOrderJson {

    private PlatformOrderJson() {
    }

    static Columns columns() {
        LinkedHashMap<String, String> source = new LinkedHashMap<>();
        source.put("order_id", "id");
        source.put("sku_id", "skus[].sku_id");
        source.put("product_id", "skus[].product_id");
        source.put("creator", "skus[].creator_username");
        source.put("quantity", "skus[].quantity");
        source.put("payment_amount", "skus[].estimated_commission_base");
        source.put("est_base", "skus[].estimated_commission_base");
        source.put("actual_base", "skus[].actual_commission_base");
        source.put("price", "skus[].price");
        source.put("currency", "skus[].price.currency");
        source.put("rate_bp", "skus[].commission_rate");
        source.put("est_commission", "skus[].estimated_paid_commission");
        source.put("actual_commission", "skus[].actual_paid_commission");
        source.put("status", "status");
        source.put("created_at", "create_time");
        source.put("delivered_at", "delivery_time");
        source.put("paid_at", "skus[].commission_paid_time");
        source.put("refunded_quantity", "skus[].refunded_quantity");
        source.put("content_type", "skus[].content_type");
        source.put("content_id", "skus[].content_id");
        source.put("region", "region");
        source.put("target_collaboration", "skus[].target_collaboration_id");
        source.put("open_collaboration", "skus[].open_collaboration_id");
        return Columns.ofFields(source);
    }

    static List<Row> rows(JsonNode order, long line, Columns ignored) {
        JsonNode skus = order.get("skus");
        List<Row> rows = new ArrayList<>();
        if (skus == null || !skus.isArray() || skus.isEmpty()) {
            // an order without SKUs has nothing to import, but is reported, never dropped unseen
            String shown = skus == null ? "—" : skus.isArray() ? "[]" : skus.toString();
            rows.add(new Row(line, columns(), new String[columns().size()],
                    new RowRejectedException("skus", "exchange.row.noSkus", shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)));
            return rows;
        }
        int index = 0;
        for (JsonNode sku : skus) {
            Columns columns = columnsFor(index++);
            if (!sku.isObject()) {
                String shown = sku.toString();
                rows.add(new Row(line, columns, new String[columns.size()], new RowRejectedException("sku_id",
                        "exchange.row.notObject", shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)));
                continue;
            }
            String[] cells = new String[columns.size()];
            put(cells, columns, "order_id", first(order, "id", "order_id"));
            put(cells, columns, "sku_id", first(sku, "sku_id", "id"));
            put(cells, columns, "product_id", first(sku, "product_id"));
            put(cells, columns, "creator", first(sku, "creator_username"));
            put(cells, columns, "quantity", first(sku, "quantity"));
            put(cells, columns, "rate_bp", first(sku, "commission_rate"));
            put(cells, columns, "status", first(order, "status", "order_status"));
            put(cells, columns, "created_at", first(order, "create_time", "created_time"));
            put(cells, columns, "delivered_at", first(order, "delivery_time", "delivered_time"));
            put(cells, columns, "paid_at", first(sku, "commission_paid_time", "settlement_time"));
            put(cells, columns, "refunded_quantity", first(sku, "refunded_quantity"));
            put(cells, columns, "content_type", first(sku, "content_type"));
            put(cells, columns, "content_id", first(sku, "content_id"));
            put(cells, columns, "region", first(order, "region", "selling_region"));
            put(cells, columns, "target_collaboration", first(sku, "target_collaboration_id"));
            put(cells, columns, "open_collaboration", first(sku, "open_collaboration_id"));
            String currency = "";
            JsonNode price = amountObject(sku.get("price"));
            JsonNode base = amountObject(sku.get("estimated_commission_base"));
            JsonNode actualBase = amountObject(sku.get("actual_commission_base"));
            // GMV is price × quantity as the Seller Center export's Payment Amount is; the bases are
            // the commission's (R-ST-5). Without a price the estimated base stands in for the amount.
            if (price != null) {
                put(cells, columns, "price", PlatformCreatorJson.text(price.get("amount")));
            } else if (base != null) {
                put(cells, columns, "payment_amount", PlatformCreatorJson.text(base.get("amount")));
            }
            if (base != null) {
                put(cells, columns, "est_base", PlatformCreatorJson.text(base.get("amount")));
                currency = PlatformCreatorJson.text(base.get("currency"));
            }
            if (actualBase != null) {
                put(cells, columns, "actual_base", PlatformCreatorJson.text(actualBase.get("amount")));
            }
            if (currency.isEmpty() && price != null) {
                currency = PlatformCreatorJson.text(price.get("currency"));
            }
            JsonNode est = amountObject(sku.get("estimated_paid_commission"));
            JsonNode actual = amountObject(sku.get("actual_paid_commission"));
            put(cells, columns, "est_commission", est == null ? "" : PlatformCreatorJson.text(est.get("amount")));
            put(cells, columns, "actual_commission", actual == null ? "" : PlatformCreatorJson.text(actual.get("amount")));
            if (currency.isEmpty()) {
                currency = est != null ? PlatformCreatorJson.text(est.get("currency")) : "";
            }
            put(cells, columns, "currency", currency);
            rows.add(new Row(line, columns, cells, null));
        }
        return rows;
    }

    private static final List<Columns> BY_INDEX = new ArrayList<>();

    /// Columns whose names point at SKU `index`, so a rejected field reads `skus[1].commission_rate`.
    private static synchronized Columns columnsFor(int index) {
        while (BY_INDEX.size() <= index) {
            int i = BY_INDEX.size();
            LinkedHashMap<String, String> source = new LinkedHashMap<>();
            Columns base = columns();
            for (int c = 0; c < base.size(); c++) {
                source.put(base.fieldOf(c), base.sourceNames().get(c).replace("skus[]", "skus[" + i + "]"));
            }
            BY_INDEX.add(Columns.ofFields(source));
        }
        return BY_INDEX.get(index);
    }

    /// An amount object, or null when absent, null, or an empty array standing in for one.
    private static JsonNode amountObject(JsonNode n) {
        return n != null && n.isObject() ? n : null;
    }

    private static String first(JsonNode node, String... names) {
        for (String name : names) {
            String text = PlatformCreatorJson.text(node.get(name));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    private static void put(String[] cells, Columns columns, String field, String value) {
        int i = columns.indexOf(field);
        if (i >= 0) {
            cells[i] = value;
        }
    }
}
