package dev.sellerworkbench.ui.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/// The picker's search and category filter, what it says about refused picks, and the level badge
/// shown beside each creator of a targeted plan.
class PlanProductPickerTest {

    static final Messages EN = Messages.forLocale(Locale.ENGLISH);

    static ProductChoice choice(String id, String title, String category, ProductStatus status, String whyNot) {
        return new ProductChoice(new Product(id, title, category, Money.of("99000", "VND"), status),
                status.name(), "99,000 ₫", "", whyNot, "");
    }

    final ProductPickerViewModel picker = new ProductPickerViewModel(List.of(
            choice("P1", "Serum dưỡng ẩm A1", "Beauty", ProductStatus.LIVE, ""),
            choice("P2", "Kem chống nắng A1", "Beauty", ProductStatus.LIVE, ""),
            choice("P3", "Nồi chiên B2", "Home", ProductStatus.LIVE, ""),
            choice("P4", "Son lì C3", "Beauty", ProductStatus.REVOKED, "Revoked by the platform: it cannot be added to a plan.")),
            EN);

    @Test
    void searchAndCategoryNarrowTheList() {
        picker.categoryProperty().set("Beauty");
        assertEquals(3, picker.rows().size());
        picker.searchProperty().set("kem");
        assertEquals(List.of("P2"), picker.rows().stream().map(c -> c.product().id()).toList());
        picker.categoryProperty().set("All categories");
        picker.searchProperty().set("P3");
        assertEquals(List.of("P3"), picker.rows().stream().map(c -> c.product().id()).toList());
    }

    @Test
    void aRefusedPickSaysWhichProductAndWhy() {
        List<Product> picked = picker.pick(List.of(picker.rows().get(0), picker.rows().get(3)));
        assertEquals(List.of("P1"), picked.stream().map(Product::id).toList());
        assertEquals("Son lì C3: Revoked by the platform: it cannot be added to a plan.", picker.messageProperty().get());
    }

    @Test
    void levelBadgeMarksProjectedAndDeclining() {
        assertEquals("L5", PlanCreatorRow.badge(Level.official(5), EN));
        assertEquals("L4 (projected) ↓", PlanCreatorRow.badge(Level.projected(4).withDeclining(true), EN));
        assertTrue(PlanCreatorRow.badge(Level.official(6).withDeclining(true), EN).endsWith("↓"));
    }
}
