package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sellerworkbench.insights.Insights;
import dev.sellerworkbench.insights.Period;
import dev.sellerworkbench.store.InsightsRepository.ContentIdFigures;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Insights' sales per content id (R-ST-4, R-ST-5, R-ST-6): GMV, orders and commission of each
/// LIVE, video or link in the period, refunded lines left out, each line's one commission, the lines
/// without a content id as one row, last.
class ContentIdInsightsTest {

    @TempDir
    Path dir;

    @Test
    void eachContentIdSumsItsUnrefundedLinesAndLinesWithoutOneAreOneRowLast() throws Exception {
        try (Fixture fx = new Fixture(dir)) {
            fx.run(ImportKind.CREATORS, fx.file("creators.csv", Fixture.crlf("handle,name,region",
                    "emma,Emma Clarke,GB", "jack,Jack Fit,GB")));
            ImportResult result = fx.run(ImportKind.ORDERS, fx.file("orders.csv", Fixture.crlf(
                    "Order ID,Time Created,Quantity,Payment Amount,Currency,SKU ID,Creator Username,Content Type,"
                            + "Content ID,Standard commission rate,Est. standard commission payment,Fully returned or refunded",
                    "9101,01/10/2026 10:15:00,1,39.98,GBP,s1,emma,VIDEO,7001,10%,4.00,No",
                    "9102,02/10/2026 11:00:00,2,31.98,GBP,s1,emma,VIDEO,7001,10%,4.00,No",
                    "9103,03/10/2026 12:00:00,1,50.00,GBP,s2,jack,LIVE,7002,10%,,No",
                    "9104,04/10/2026 12:00:00,1,12.00,GBP,s1,jack,VIDEO,,10%,1.20,No",
                    "9105,05/10/2026 12:00:00,1,20.00,GBP,s1,emma,VIDEO,7001,10%,2.00,Yes",
                    "9106,05/11/2026 12:00:00,1,99.00,GBP,s1,emma,VIDEO,7001,10%,9.90,No")));
            assertEquals(List.of(), result.rejected());

            Insights insights = new Insights(fx.workspace);
            List<ContentIdFigures> rows = insights.byContentId(
                    insights.query(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))));

            assertEquals(3, rows.size(), rows.toString());
            // 7001: 9101 + 9102; 9105 is refunded, 9106 is in November.
            //   GMV 39.98 + 31.98 = 71.96; orders 2; commission: the estimated 4.00 + 4.00 = 8.00
            ContentIdFigures video = rows.get(0);
            assertEquals("7001", video.contentId());
            assertEquals("VIDEO", video.contentType());
            assertEquals("Emma Clarke", video.creatorName());
            assertEquals(0, new BigDecimal("71.96").compareTo(video.figures().gmv()));
            assertEquals(2, video.figures().orders());
            assertEquals(0, new BigDecimal("8.00").compareTo(video.figures().commission()));
            assertEquals(1, video.figures().refundedLines());
            // 7002: 9103 alone; no commission stated, so 50.00 × 10% = 5.00
            ContentIdFigures live = rows.get(1);
            assertEquals("7002", live.contentId());
            assertEquals("LIVE", live.contentType());
            assertEquals("jack", live.creatorHandle());
            assertEquals(0, new BigDecimal("50.00").compareTo(live.figures().gmv()));
            assertEquals(1, live.figures().orders());
            assertEquals(0, new BigDecimal("5.00").compareTo(live.figures().commission()));
            // no content id: 9104 alone, last in its currency whatever its GMV; its type
            // and creator are not guessed
            ContentIdFigures none = rows.get(2);
            assertNull(none.contentId());
            assertNull(none.contentType());
            assertNull(none.creatorHandle());
            assertEquals(0, new BigDecimal("12.00").compareTo(none.figures().gmv()));
            assertEquals(0, new BigDecimal("1.20").compareTo(none.figures().commission()));
        }
    }
}
