package dev.sellerworkbench.domain;

import java.time.Instant;

/// A free sample sent to a creator for one product (R-SA-1): its status, the moment of each step
/// (null when unknown or not reached), the carrier and tracking number, the posted content's id or
/// link, what it cost in the shop's currency (null when unknown), a note, and the version a
/// save checks. `planId` is the plan the sample supports, when staff name one.
public record Sample(long id, long creatorId, String productId, Long planId, SampleStatus status,
                     Instant requestedAt, Instant approvedAt, Instant shippedAt, Instant deliveredAt,
                     Instant contentAt, Instant noContentAt, String carrier, String trackingNumber,
                     String contentRef, Money cost, String note, int version) {

    /// The moment the sample reached `step`, when known.
    public Instant at(SampleStatus step) {
        return switch (step) {
            case REQUESTED -> requestedAt;
            case APPROVED -> approvedAt;
            case SHIPPED -> shippedAt;
            case DELIVERED -> deliveredAt;
            case CONTENT_POSTED -> contentAt;
            case NO_CONTENT -> noContentAt;
        };
    }

    /// This sample moved to `to` at `when`, with the step's details where given (null keeps what is known).
    public Sample movedTo(SampleStatus to, Instant when, String carrier, String trackingNumber, String contentRef) {
        return new Sample(id, creatorId, productId, planId, to,
                to == SampleStatus.REQUESTED ? when : requestedAt,
                to == SampleStatus.APPROVED ? when : approvedAt,
                to == SampleStatus.SHIPPED ? when : shippedAt,
                to == SampleStatus.DELIVERED ? when : deliveredAt,
                to == SampleStatus.CONTENT_POSTED ? when : contentAt,
                to == SampleStatus.NO_CONTENT ? when : noContentAt,
                carrier == null ? this.carrier : carrier,
                trackingNumber == null ? this.trackingNumber : trackingNumber,
                contentRef == null ? this.contentRef : contentRef, cost, note, version);
    }

    public Sample withCost(Money newCost) {
        return new Sample(id, creatorId, productId, planId, status, requestedAt, approvedAt, shippedAt, deliveredAt,
                contentAt, noContentAt, carrier, trackingNumber, contentRef, newCost, note, version);
    }

    public Sample withVersion(int newVersion) {
        return new Sample(id, creatorId, productId, planId, status, requestedAt, approvedAt, shippedAt, deliveredAt,
                contentAt, noContentAt, carrier, trackingNumber, contentRef, cost, note, newVersion);
    }
}
