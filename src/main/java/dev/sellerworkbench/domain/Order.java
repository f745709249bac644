package dev.sellerworkbench.domain;

import java.time.Instant;

/// One SKU line of an affiliate order (R-EX-4). `rate` is the standard commission rate the
/// export reports; commission amounts and bases may be absent before settlement. `commission` is
/// the line's one commission (R-ST-5), null until it is decided (at import, [LineCommission]).
public record Order(long id, String orderId, String skuId, String productId, String creatorHandle,
                    Region region, int quantity, Money amount, Rate rate, Money estimatedCommission,
                    Money actualCommission, String status, Instant createdAt, Instant deliveredAt,
                    boolean refunded, Instant refundedAt, Instant commissionPaidAt, String contentType,
                    Money estimatedBase, Money actualBase, LineCommission commission) {

    /// A line with no commission bases stated and its commission not yet decided.
    public Order(long id, String orderId, String skuId, String productId, String creatorHandle,
                 Region region, int quantity, Money amount, Rate rate, Money estimatedCommission,
                 Money actualCommission, String status, Instant createdAt, Instant deliveredAt,
                 boolean refunded, Instant refundedAt, Instant commissionPaidAt, String contentType) {
        this(id, orderId, skuId, productId, creatorHandle, region, quantity, amount, rate, estimatedCommission,
                actualCommission, status, createdAt, deliveredAt, refunded, refundedAt, commissionPaidAt, contentType,
                null, null, null);
    }

    /// This line with its commission decided.
    public Order withCommission(LineCommission decided) {
        return new Order(id, orderId, skuId, productId, creatorHandle, region, quantity, amount, rate,
                estimatedCommission, actualCommission, status, createdAt, deliveredAt, refunded, refundedAt,
                commissionPaidAt, contentType, estimatedBase, actualBase, decided);
    }
}
