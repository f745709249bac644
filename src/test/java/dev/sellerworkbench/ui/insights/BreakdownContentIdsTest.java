package dev.sellerworkbench.ui.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.insights.Insights;
import dev.sellerworkbench.store.InsightsRepository.ContentIdFigures;
import dev.sellerworkbench.store.InsightsRepository.Figures;
import dev.sellerworkbench.ui.common.Formats;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/// Insights → Products and content, sales per content id: the picked currency's rows only (R-ST-6),
/// the creator by name, the lines without a content id as "—" with no type or creator guessed; the
/// export keeps every currency, each row in its own.
class BreakdownContentIdsTest {

    static Figures figures(String currency, String gmv, long orders, String commission) {
        return new Figures(currency, orders, orders, new BigDecimal(gmv), new BigDecimal(commission), BigDecimal.ZERO,
                0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void rowsOfThePickedCurrencyWithTheCreatorByNameAndUnknownsAsADash() {
        BreakdownViewModel breakdown = new BreakdownViewModel(Messages.forLocale(Locale.ENGLISH),
                new Formats(Locale.ENGLISH, ZoneId.of("Europe/London")));
        breakdown.show(new Insights.Breakdown(List.of(), List.of(), List.of(
                new ContentIdFigures("7001", "VIDEO", "emma", "Emma Clarke", figures("GBP", "71.96", 2, "8.00")),
                new ContentIdFigures("7002", "LIVE", "jack", null, figures("GBP", "50.00", 1, "5.00")),
                new ContentIdFigures(null, null, null, null, figures("GBP", "12.00", 1, "1.20")),
                new ContentIdFigures("8001", "VIDEO", "linh", "Linh", figures("VND", "289000", 1, "43350")))),
                new java.util.ArrayList<>(List.of("GBP", "VND")));

        List<ContentIdRow> rows = breakdown.contentIds();
        assertEquals(3, rows.size(), "VND is not mixed into GBP");
        assertEquals(List.of("7001", "Video", "Emma Clarke", "2"), List.of(rows.get(0).contentId(),
                rows.get(0).contentType(), rows.get(0).creator(), rows.get(0).orders()));
        assertEquals("@jack", rows.get(1).creator(), "no name in the workspace: the handle");
        assertEquals(List.of("—", "—", "—"), List.of(rows.get(2).contentId(), rows.get(2).contentType(), rows.get(2).creator()));

        ExportTable export = breakdown.contentIdsTable();
        assertEquals(4, export.rows().size());
        assertEquals(Arrays.asList("8001", "Video", "Linh", "VND", new BigDecimal("289000"), 1L, new BigDecimal("43350")),
                export.rows().get(3));
        assertEquals(List.of("Content id", "Content type", "Posted by", "Currency", "Affiliate GMV", "Orders", "Commission"),
                export.header());
    }
}
