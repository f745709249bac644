package dev.sellerworkbench.domain;

/// A product of the shop (R-PR-1).
public record Product(String id, String title, String category, Money price, ProductStatus status) {

    public boolean live() {
        return status == ProductStatus.LIVE;
    }
}
