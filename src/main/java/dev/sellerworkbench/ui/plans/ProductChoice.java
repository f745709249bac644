package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.domain.Product;

/// A product as the picker lists it: status, "Included in plan …", and why it cannot be picked
/// (empty when it can) or a conflict worth knowing before picking it.
public record ProductChoice(Product product, String status, String price, String included, String whyNot,
                            String conflict) {

    public boolean pickable() {
        return whyNot == null || whyNot.isEmpty();
    }

    /// What the picker's last column says: why not, else the conflict, else "".
    public String note() {
        return pickable() ? conflict : whyNot;
    }
}
