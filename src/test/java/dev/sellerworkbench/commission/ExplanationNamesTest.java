package dev.sellerworkbench.commission;

import static dev.sellerworkbench.commission.Fixtures.LONDON;
import static dev.sellerworkbench.commission.Fixtures.approved;
import static dev.sellerworkbench.commission.Fixtures.item;
import static dev.sellerworkbench.commission.Fixtures.published;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.i18n.Messages;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/// R-COM-1 … R-COM-4 explained with names: the rate explanation names the product by its title,
/// never by the long platform id, in every rule and in every language.
class ExplanationNamesTest {

    private static final String SERUM = "1729000000000411788";
    private static final String TITLE = "Serum dưỡng ẩm Hoa Sen 30ml";
    private static final long CREATOR = 7;
    private static final Instant APPROVED_AT = Instant.parse("2026-01-05T09:00:00Z");

    private static CommissionSnapshot snapshot(ProductStatus status) {
        return CommissionSnapshot.builder(LONDON)
                .product(SERUM, status, TITLE)
                .plan(published(1, PlanType.OPEN, "Everyday essentials")).item(item(1, SERUM, 1_000))
                .application(approved(11, CREATOR, SERUM, 1, APPROVED_AT))
                .handle(CREATOR, "lan.nguyen")
                .build();
    }

    @Test
    void explanationNamesTheProductByTitleInEveryLanguage() {
        Resolution earning = new RateResolver(snapshot(ProductStatus.LIVE)).resolve(CREATOR, SERUM, APPROVED_AT.plusSeconds(60));
        Resolution nothing = new RateResolver(snapshot(ProductStatus.LIVE)).resolve(99, SERUM, APPROVED_AT.plusSeconds(60));
        for (Locale locale : Messages.LANGUAGES) {
            Messages messages = Messages.forLocale(locale);
            for (Resolution r : new Resolution[] {earning, nothing, earning.withCreator("@lan.nguyen")}) {
                String text = r.explain(messages, LONDON);
                assertTrue(text.contains(TITLE), locale + ": " + text);
                assertFalse(text.contains(SERUM), locale + " shows the id: " + text);
            }
        }
    }

    @Test
    void revokedProductIsNamedByTitle() {
        Resolution r = new RateResolver(snapshot(ProductStatus.REVOKED)).resolve(CREATOR, SERUM, APPROVED_AT.plusSeconds(60));
        String text = r.explain(Messages.forLocale(Locale.forLanguageTag("vi")), LONDON);

        assertTrue(r.revoked());
        assertTrue(text.contains(TITLE), text);
        assertFalse(text.contains(SERUM), text);
    }

    @Test
    void productWithoutTitleFallsBackToItsId() {
        CommissionSnapshot s = CommissionSnapshot.builder(LONDON).product(SERUM, ProductStatus.LIVE).build();
        String text = new RateResolver(s).resolve(CREATOR, SERUM, APPROVED_AT).explain(Messages.forLocale(Locale.ENGLISH), LONDON);

        assertTrue(text.contains(SERUM), text);
    }
}
