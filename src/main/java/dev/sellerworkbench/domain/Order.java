package dev.sellerworkbench.domain;

import java.time.Instant;

/// One SKU line of an affiliate order (R-EX-4). `rate` is the standard commission rate the
/// export reports; commission amounts may be absent before settlement.
public record Order(long id, String orderId, String skuId, String productId, String creatorHandle,
                    Region region, int quantity, Money amount, Rate rate, Money estimatedCommission,
                    Money actualCommission, String status, Instant createdAt, Instant deliveredAt,
                    boolean refunded, Instant refundedAt, Instant commissionPaidAt, String contentType) {
}
