package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.domain.Region;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Monthly creator statistics CSV (R-EX-5).
class StatsImportTest {

    static final String HEADER = "handle,region,month,gmv,currency,active_days,products_promoted,reputation,"
            + "credit_deducted,good_product_gmv";

    @TempDir
    Path dir;
    Fixture fx;

    @BeforeEach
    void open() throws Exception {
        fx = new Fixture(dir);
        fx.run(ImportKind.CREATORS, fx.file("creators.csv", Fixture.lf("handle,region",
                "linh.beauty,VN", "siti.skincare,ID")));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static String file() {
        return Fixture.crlf(HEADER,
                "linh.beauty,VN,2026-10,148200000,VND,24,44,4.8,0,121000000",   // 2 good
                "nobody,VN,2026-10,1,VND,1,1,4,0,0",                           // 3 unknown creator
                "linh.beauty,VN,2026-10,1,VND,40,1,4,0,0",                     // 4 out of range: 40 days
                "linh.beauty,VN,Oct 2026,1,VND,1,1,4,0,0",                     // 5 wrong type month
                "siti.skincare,ID,2026-10,1000,IDR,10,2,6.5,0,0",              // 6 reputation above 5
                "linh.beauty,VN,2026-10,5,VND,1,1,4,0,0",                      // 7 duplicated key
                ",VN,2026-10,5,VND,1,1,4,0,0",                                  // 8 missing handle
                "siti.skincare,ID,2026-09,301000000,IDR,26,37,4.9,0,255000000"); // 9 good
    }

    @Test
    void acceptsGoodRowsAndRejectsEachBadRowByLine() throws Exception {
        ImportResult result = fx.run(ImportKind.STATS, fx.file("stats.csv", file()));

        assertEquals(2, result.accepted());
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L), Fixture.lines(result));
        assertEquals(List.of("handle", "active_days", "month", "reputation", "month", "handle"), Fixture.fields(result));
        assertTrue(result.rejected().get(0).reason().contains("@nobody"));
        long linh = fx.workspace.creators().findByHandle(Region.VN, "linh.beauty").orElseThrow().id();
        MonthlyStats stats = fx.workspace.stats().find(linh, YearMonth.of(2026, 10)).orElseThrow();
        assertEquals(24, stats.activeDays());
        assertEquals(0, new BigDecimal("4.8").compareTo(stats.reputation()));
        assertEquals(0, new BigDecimal("121000000").compareTo(stats.goodProductGmv().amount()));
    }

    @Test
    void reimportReplacesTheMonthWithoutDuplicates() throws Exception {
        Path file = fx.file("stats.csv", file());
        ImportResult first = fx.run(ImportKind.STATS, file);
        ImportResult second = fx.run(ImportKind.STATS, file);

        assertEquals(first.accepted(), second.accepted());
        assertEquals(Fixture.lines(first), Fixture.lines(second));
        assertEquals(2, fx.workspace.stats().count());
    }
}
