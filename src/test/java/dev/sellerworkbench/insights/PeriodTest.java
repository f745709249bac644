package dev.sellerworkbench.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellerworkbench.ui.insights.PeriodChoice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/// Calendar months in the seller's zone, and the period each is compared with (R-ST-4).
class PeriodTest {

    static final ZoneId SAIGON = ZoneId.of("Asia/Ho_Chi_Minh");

    /// 1 Dec 2026 00:30 in Saigon is still 30 Nov in UTC: the month is read in the seller's zone.
    static LocalDate todayInSaigon() {
        Instant now = ZonedDateTime.of(2026, 12, 1, 0, 30, 0, 0, SAIGON).toInstant();
        return LocalDate.ofInstant(now, SAIGON);
    }

    @Test
    void lastMonthOnTheFirstOfDecemberInSaigonIsFirstToThirtiethNovember() {
        Period lastMonth = PeriodChoice.LAST_MONTH.resolve(todayInSaigon(), null, null);

        assertEquals(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), lastMonth);
        assertEquals(ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, SAIGON).toInstant(), lastMonth.start(SAIGON));
        assertEquals(ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, SAIGON).toInstant(), lastMonth.end(SAIGON));
    }

    @Test
    void lastMonthIsComparedWithTheWholeMonthBeforeItNotADayLate() {
        Period november = PeriodChoice.LAST_MONTH.resolve(todayInSaigon(), null, null);

        assertEquals(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)), november.previous());
    }

    @Test
    void marchIsComparedWithAllOfFebruary() {
        Period march = new Period(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));

        assertEquals(new Period(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)), march.previous());
    }

    @Test
    void periodsThatAreNotWholeMonthsAreComparedWithTheDaysJustBefore() {
        Period thirtyDays = new Period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1));

        assertEquals(new Period(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 11, 1)), thirtyDays.previous());
    }

    @Test
    void upcomingPresetsEndInTheFuture() {
        LocalDate today = todayInSaigon();

        assertEquals(new Period(today, today.plusDays(29)), PeriodChoice.NEXT_30_DAYS.resolve(today, null, null));
        assertEquals(new Period(today, today.plusDays(6)), PeriodChoice.NEXT_7_DAYS.resolve(today, null, null));
    }
}
