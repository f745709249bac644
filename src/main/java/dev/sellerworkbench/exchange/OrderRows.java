package dev.sellerworkbench.exchange;

import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.LineCommission;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.invitations.Collaborations;
import dev.sellerworkbench.store.CreatorRepository;
import dev.sellerworkbench.store.OrderRepository;
import dev.sellerworkbench.store.PlanRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/// Affiliate order lines (R-EX-4) from the Seller Center export (CSV or XLSX, English or
/// Vietnamese headers, mixed) and from the platform's orders-search JSON, flattened into the same
/// fields by [PlatformOrderJson]. One row per order and SKU; re-import replaces the line.
///
/// The region is the file's when it names one, else the currency's (R-ST-2); local times are
/// read in that region's zone. A missing currency column falls back to the symbol in the amount
/// ("Rp9.900" is rupiah). Commission rates must lie within 0%–80% (the platform's range).
final class OrderRows extends RowHandler<OrderRows.Line> {

    static final int MAX_RATE_BP = 8_000;
    private static final Set<String> EMPTY_MARKS = Set.of("--", "-", "/", "n/a", "null");

    /// Who the audit log names for an acceptance an order proved.
    static final String ACTOR = "import";

    private final ZoneId sellerZone;
    private final java.time.Clock clock;
    private final Map<String, Optional<Long>> plansByCollaboration = new HashMap<>();
    private final Function<Order, Rate> planRate;

    /// `planRate` gives the rate the plans give a line at its moment (R-COM-1), asked only for
    /// lines whose file states neither a commission nor a rate (R-ST-5).
    OrderRows(ZoneId sellerZone, java.time.Clock clock, Function<Order, Rate> planRate) {
        this.sellerZone = sellerZone;
        this.clock = clock;
        this.planRate = planRate;
    }

    @Override
    Map<String, List<String>> aliases() {
        Map<String, List<String>> a = new LinkedHashMap<>();
        a.put("order_id", List.of("Order ID", "ID đơn hàng", "order_id"));
        a.put("status", List.of("Order Status", "Trạng thái đơn hàng", "order_status"));
        a.put("created_at", List.of("Time Created", "Thời gian đã tạo", "Created Time", "create_time"));
        a.put("delivered_at", List.of("Order Delivery Time", "Thời gian giao hàng", "delivery_time"));
        a.put("quantity", List.of("Quantity", "Số lượng"));
        a.put("payment_amount", List.of("Payment Amount", "Số tiền thanh toán"));
        a.put("price", List.of("Price", "Giá"));
        a.put("currency", List.of("Currency", "Đơn vị tiền tệ"));
        a.put("product_id", List.of("Product ID", "ID sản phẩm"));
        a.put("product_name", List.of("Product Name", "Tên sản phẩm"));
        a.put("sku_id", List.of("SKU ID", "ID SKU"));
        a.put("creator", List.of("Creator Username", "Tên người dùng nhà sáng tạo", "creator_username"));
        a.put("content_type", List.of("Content Type", "Loại nội dung"));
        a.put("content_id", List.of("Content ID", "ID nội dung", "内容ID", "內容ID", "内容 ID", "內容 ID", "content_id"));
        a.put("rate", List.of("Standard commission rate", "Tỷ lệ hoa hồng tiêu chuẩn"));
        a.put("est_base", List.of("Est. Commission Base", "Cơ sở hoa hồng ước tính"));
        a.put("est_commission", List.of("Est. standard commission payment", "Thanh toán hoa hồng tiêu chuẩn ước tính"));
        a.put("actual_base", List.of("Actual Commission Base", "Cơ sở hoa hồng thực tế"));
        a.put("actual_commission", List.of("Actual Commission Payment", "Thanh toán hoa hồng thực tế"));
        a.put("paid_at", List.of("Time Commission Paid", "Thời gian hoa hồng đã thanh toán"));
        a.put("refunded", List.of("Fully returned or refunded", "Trả hàng & hoàn tiền"));
        a.put("region", List.of("Region", "Country/Region", "Market", "Quốc gia/Khu vực", "Khu vực"));
        a.put("target_collaboration", List.of("Target Collaboration ID", "Targeted Collaboration ID",
                "ID hợp tác mục tiêu", "target_collaboration_id"));
        a.put("open_collaboration", List.of("Open Collaboration ID", "ID hợp tác mở", "open_collaboration_id"));
        return a;
    }

    @Override
    List<String> requiredColumns() {
        return List.of("order_id");
    }

    @Override
    String keyField() {
        return "order_id";
    }

    private static String cell(Row row, String field) {
        String value = row.get(field);
        return EMPTY_MARKS.contains(value.toLowerCase(Locale.ROOT)) ? "" : value;
    }

    /// An order line, the collaboration ids the platform states for it and the id of the content
    /// (LIVE, video or link) that brought it; each null when not stated.
    record Line(Order order, String targetCollaboration, String openCollaboration, String contentId) {
    }

    @Override
    Line parse(Row row, Handle h) {
        String orderId = CellValues.required(row, "order_id");
        if (orderId.length() > 64) {
            throw new RowRejectedException("order_id", "exchange.row.tooLong", 64);
        }
        String productId = cell(row, "product_id");
        String sku = cell(row, "sku_id");
        if (sku.isEmpty()) {
            sku = productId;
        }
        if (sku.isEmpty()) {
            throw new RowRejectedException(row.has("sku_id") ? "sku_id" : "product_id", "exchange.row.required");
        }
        if (sku.length() > 64 || productId.length() > 64) {
            throw new RowRejectedException("sku_id", "exchange.row.tooLong", 64);
        }
        String amountText = cell(row, "payment_amount");
        String priceText = cell(row, "price");
        String currency = cell(row, "currency").toUpperCase(Locale.ROOT);
        if (currency.isEmpty()) {
            currency = CellValues.currencyOfSymbol(amountText.isEmpty() ? priceText : amountText);
        }
        Region region = null;
        String regionText = cell(row, "region");
        if (!regionText.isEmpty()) {
            region = Region.parse(regionText);
            if (region == null) {
                throw new RowRejectedException("region", "exchange.row.unknownRegion", regionText);
            }
        }
        if (currency == null || currency.isEmpty()) {
            if (region == null) {
                throw new RowRejectedException("currency", "exchange.row.required");
            }
            currency = region.currency();
        }
        if (!Currencies.isKnown(currency)) {
            throw new RowRejectedException("currency", "exchange.row.unknownCurrency", currency);
        }
        if (region == null) {
            region = Currencies.regionOf(currency);
        } else if (region.currency() != null && !currency.equals(region.currency())) {
            warn("currency", "exchange.warn.currencyRegion", currency, region.name(), region.currency());
        }
        ZoneId zone = region == null ? sellerZone : region.zone();
        int quantity = (int) CellValues.wholeOr(row, "quantity", 1, 0, 1_000_000);
        BigDecimal amount;
        if (!amountText.isEmpty()) {
            amount = CellValues.nonNegativeAmount("payment_amount", amountText, currency);
        } else if (!priceText.isEmpty()) {
            amount = CellValues.fits("price", priceText,
                    CellValues.nonNegativeAmount("price", priceText, currency).multiply(BigDecimal.valueOf(quantity)));
        } else {
            throw new RowRejectedException(row.has("payment_amount") ? "payment_amount" : "price", "exchange.row.required");
        }
        Rate rate = null;
        String rateBp = cell(row, "rate_bp");
        String ratePercent = cell(row, "rate");
        if (!rateBp.isEmpty()) {
            rate = Rate.ofBasisPoints((int) CellValues.whole("rate_bp", rateBp, 0, MAX_RATE_BP));
        } else if (!ratePercent.isEmpty()) {
            rate = Rate.ofBasisPoints(CellValues.percentBp("rate", ratePercent, 0, MAX_RATE_BP));
        }
        Money est = money(row, "est_commission", currency);
        Money actual = money(row, "actual_commission", currency);
        Money estBase = base(row, "est_base", currency);
        Money actualBase = base(row, "actual_base", currency);
        String status = CellValues.text(row, "status", 40);
        Instant created = time(row, "created_at", zone);
        Instant delivered = time(row, "delivered_at", zone);
        Instant paid = time(row, "paid_at", zone);
        boolean refunded = CellValues.yes(cell(row, "refunded"));
        String refundedQuantity = cell(row, "refunded_quantity");
        if (!refundedQuantity.isEmpty()) {
            long q = CellValues.whole("refunded_quantity", refundedQuantity, 0, 1_000_000);
            refunded = refunded || (q > 0 && q >= quantity);
        }
        String creator = cell(row, "creator");
        if (creator.length() > 100) {
            throw new RowRejectedException("creator", "exchange.row.tooLong", 100);
        }
        String contentType = CellValues.text(row, "content_type", 20);
        Order order = new Order(0, orderId, sku, productId.isEmpty() ? null : productId,
                creator.isEmpty() ? null : CreatorRepository.stripAt(creator).toLowerCase(Locale.ROOT), region, quantity,
                Money.of(amount, currency), rate, est, actual, status.isEmpty() ? null : status, created, delivered,
                refunded, null, paid, contentType.isEmpty() ? null : contentType, estBase, actualBase, null);
        return new Line(order, collaborationId(row, "target_collaboration"), collaborationId(row, "open_collaboration"),
                collaborationId(row, "content_id"));
    }

    /// A platform id the file states (a collaboration's, a content's), kept as written; null when
    /// the file leaves it empty or writes 0.
    private static String collaborationId(Row row, String field) {
        String text = cell(row, field);
        if (text.isEmpty() || text.equals("0")) {
            return null;
        }
        if (text.length() > 64) {
            throw new RowRejectedException(field, "exchange.row.tooLong", 64);
        }
        return text;
    }

    private static Money money(Row row, String field, String currency) {
        String text = cell(row, field);
        return text.isEmpty() ? null : Money.of(CellValues.amount(field, text, Currencies.minorUnits(currency)), currency);
    }

    private static Money base(Row row, String field, String currency) {
        String text = cell(row, field);
        return text.isEmpty() ? null
                : Money.of(CellValues.nonNegativeAmount(field, text, currency), currency);
    }

    private static Instant time(Row row, String field, ZoneId zone) {
        String text = cell(row, field);
        return text.isEmpty() ? null : CellValues.dateTime(field, text, zone);
    }

    @Override
    List<String> keys(Line item) {
        return List.of(item.order().orderId() + "/" + item.order().skuId());
    }

    /// Decides each line's one commission (R-ST-5), saves the lines, keeps their collaboration ids, and lets an order earned through a targeted
    /// collaboration mark its creator accepted in the plan that carries that id, from the order's
    /// time, unless they accepted earlier (R-IN-5).
    @Override
    void write(Handle h, List<Line> batch) {
        List<Order> orders = batch.stream().map(Line::order)
                .map(o -> o.withCommission(LineCommission.decide(o,
                        LineCommission.needsPlanRate(o) && planRate != null ? planRate.apply(o) : null)))
                .toList();
        OrderRepository.saveAll(h, orders);
        OrderRepository.saveCollaborations(h, orders, batch.stream().map(Line::targetCollaboration).toList(),
                batch.stream().map(Line::openCollaboration).toList());
        OrderRepository.saveContentIds(h, orders, batch.stream().map(Line::contentId).toList());
        for (Line line : batch) {
            Order o = line.order();
            if (line.targetCollaboration() == null || o.creatorHandle() == null || o.createdAt() == null) {
                continue;
            }
            Optional<Long> plan = plansByCollaboration.computeIfAbsent(line.targetCollaboration(),
                    id -> PlanRepository.findIdByCollaborationId(h, id));
            Optional<Long> creator = plan.isEmpty() ? Optional.empty()
                    : CreatorRepository.findIdByHandle(h, o.region(), o.creatorHandle());
            if (creator.isPresent()) {
                Collaborations.acceptFromOrder(h, plan.get(), creator.get(), o.createdAt(), clock.instant(), ACTOR,
                        "order " + o.orderId());
            }
        }
    }
}
