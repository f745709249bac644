package dev.sellerworkbench.ui.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.insights.InsightsQuery;
import dev.sellerworkbench.insights.Period;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.UiTestSupport;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The Insights view-models on small, known order sets, with the demo clock (2026-11-23) and a
/// runner that works on the calling thread (R-ST-1 … R-ST-4).
class InsightsViewModelTest {

    static final ZoneId SAIGON = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path dir;
    Workspace workspace;
    AppContext context;
    final List<Order> orders = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir);
        workspace.settings().put(SettingsRepository.TIME_ZONE, SAIGON.getId());
        context = UiTestSupport.context(workspace, Locale.ENGLISH);
        context.preferences().put(RankingViewModel.COLUMNS_KEY, "GMV,COMMISSION_PAID,ITEMS,PRODUCTS,-ORDERS,-COMMISSION_DUE");
        context.preferences().put(RankingViewModel.RANK_BY_KEY, "GMV");
        context.preferences().put(InsightsViewModel.PERIOD_KEY, "LAST_30_DAYS");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static Instant at(ZoneId zone, String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    void delivered(String id, Region region, String amount, int rateBp, Instant deliveredAt, Instant refundedAt) {
        Money money = Money.of(amount, region.currency());
        orders.add(new Order(0, id, "S" + id, "P1", "c" + id, region, 1, money, new Rate(rateBp), null, null,
                refundedAt == null ? "Completed" : "Refunded", deliveredAt.minusSeconds(86_400), deliveredAt,
                refundedAt != null, refundedAt, null, "Video"));
    }

    void created(String id, String amount, Instant createdAt) {
        orders.add(new Order(0, id, "S" + id, "P1", "linh", Region.VN, 1, Money.of(amount, "VND"), new Rate(1_000),
                null, null, "Shipped", createdAt, null, false, null, null, "Video"));
    }

    InsightsViewModel load(PeriodChoice choice) {
        workspace.orders().saveAll(orders);
        InsightsViewModel viewModel = new InsightsViewModel(context.workspace(), context.services().settlement(),
                context.services().insights(), context.tasks(), context.messages(), context.formats(), context.clock(),
                context.preferences());
        viewModel.choiceProperty().set(choice);
        viewModel.load();
        return viewModel;
    }

    @Test
    void payoutCalendarPaysIndonesiaSevenDaysAndTheUkFifteenDaysAfterDelivery() {
        // R-ST-2: delivered 1 Nov → after-sales ends 7 Nov (ID, 6 days) / 15 Nov (GB, 14 days), paid the day after.
        delivered("ID1", Region.ID, "100000", 1_000, at(Region.ID.zone(), "2026-11-01T12:00"), null);
        delivered("GB1", Region.GB, "20.00", 750, at(Region.GB.zone(), "2026-11-01T12:00"), null);

        List<PayoutDayRow> days = load(PeriodChoice.THIS_MONTH).payouts().days();

        assertEquals(List.of(LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 16)),
                days.stream().map(PayoutDayRow::day).toList());
        assertEquals(Money.of("10000", "IDR"), days.get(0).total());
        assertEquals(Money.of("1.50", "GBP"), days.get(1).total());
        assertEquals("ID1", days.get(0).lines().get(0).order().orderId(), "the orders behind the day");
    }

    @Test
    void upcomingPayDaysAppearInTheNextThirtyDays() {
        // The demo clock reads 23 Nov; delivered 20 Nov in the UK → paid 5 Dec, still to come.
        delivered("GB1", Region.GB, "20.00", 750, at(Region.GB.zone(), "2026-11-20T12:00"), null);

        List<PayoutDayRow> pastOnly = load(PeriodChoice.THIS_MONTH).payouts().days();
        InsightsViewModel upcoming = new InsightsViewModel(context.workspace(), context.services().settlement(),
                context.services().insights(), context.tasks(), context.messages(), context.formats(), context.clock(),
                context.preferences());
        upcoming.choiceProperty().set(PeriodChoice.NEXT_30_DAYS);
        upcoming.load();

        assertTrue(pastOnly.isEmpty(), "a period ending today cannot show 5 Dec");
        assertEquals(List.of(LocalDate.of(2026, 12, 5)),
                upcoming.payouts().days().stream().map(PayoutDayRow::day).toList());
        assertEquals(Money.of("1.50", "GBP"), upcoming.payouts().days().get(0).total());
    }

    @Test
    void refundWithinTheAfterSalesPeriodLeavesThePayDay() {
        // R-ST-3
        delivered("GB1", Region.GB, "20.00", 750, at(Region.GB.zone(), "2026-11-01T12:00"), null);
        delivered("GB2", Region.GB, "30.00", 750, at(Region.GB.zone(), "2026-11-01T15:00"),
                at(Region.GB.zone(), "2026-11-05T09:00"));

        List<PayoutDayRow> days = load(PeriodChoice.THIS_MONTH).payouts().days();

        assertEquals(1, days.size());
        assertEquals(Money.of("1.50", "GBP"), days.get(0).total());
        assertEquals(1, days.get(0).lines().size());
    }

    @Test
    void marketWithoutAfterSalesPeriodIsListedAsNotConfiguredNotGuessed() {
        delivered("TH1", Region.TH, "500.00", 1_000, at(Region.TH.zone(), "2026-11-01T12:00"), null);

        InsightsViewModel viewModel = load(PeriodChoice.THIS_MONTH);

        assertTrue(viewModel.payouts().days().isEmpty());
        assertTrue(viewModel.payouts().notConfiguredProperty().get().startsWith("Not configured: TH."),
                viewModel.payouts().notConfiguredProperty().get());
    }

    @Test
    void lastMonthEndsAtMidnightInTheSellersZone() {
        // R-ST-4 figures follow the period; 23:59:59 on 31 Oct and 00:00:00 on 1 Nov, Saigon time.
        created("OCT", "100000", at(SAIGON, "2026-10-31T23:59:59"));
        created("NOV", "250000", at(SAIGON, "2026-11-01T00:00:00"));

        InsightsViewModel lastMonth = load(PeriodChoice.LAST_MONTH);
        TotalsRow october = lastMonth.totals().rows().get(0);
        lastMonth.choiceProperty().set(PeriodChoice.THIS_MONTH);
        TotalsRow november = lastMonth.totals().rows().get(0);

        assertEquals(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 23)), lastMonth.query().period());
        assertTrue(october.gmv().startsWith("100,000 ₫"), october.gmv());
        assertTrue(november.gmv().startsWith("250,000 ₫"), november.gmv());
    }

    @Test
    void totalsShowTheChangeAgainstThePreviousPeriodOfEqualLength() {
        created("NOW", "300000", at(SAIGON, "2026-11-10T10:00"));
        created("BEFORE", "200000", at(SAIGON, "2026-10-09T00:00"));
        created("TOO_EARLY", "900000", at(SAIGON, "2026-10-08T23:59:59"));

        InsightsViewModel viewModel = load(PeriodChoice.THIS_MONTH);

        assertEquals(new Period(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 31)), viewModel.query().previous());
        assertEquals("300,000 ₫ (+50%)", viewModel.totals().rows().get(0).gmv());
        assertEquals("1 (0%)", viewModel.totals().rows().get(0).orders());
    }

    @Test
    void figuresInDifferentCurrenciesStayApart() {
        created("VN", "300000", at(SAIGON, "2026-11-10T10:00"));
        delivered("GB1", Region.GB, "20.00", 750, at(Region.GB.zone(), "2026-11-03T12:00"), null);

        List<TotalsRow> rows = load(PeriodChoice.THIS_MONTH).totals().rows();

        assertEquals(List.of("GBP", "VND"), rows.stream().map(TotalsRow::currency).toList());
        assertTrue(rows.get(0).gmv().startsWith("£20.00"), rows.get(0).gmv());
    }

    @Test
    void chosenColumnsAndTheirOrderAreRemembered() {
        RankingViewModel first = load(PeriodChoice.THIS_MONTH).ranking();
        ColumnChoice items = first.choices().stream().filter(c -> c.column() == RankingColumn.ITEMS).findFirst().orElseThrow();
        first.move(items, -2);
        first.choices().stream().filter(c -> c.column() == RankingColumn.COMMISSION_PAID).findFirst().orElseThrow()
                .shownProperty().set(false);

        RankingViewModel again = new InsightsViewModel(context.workspace(), context.services().settlement(),
                context.services().insights(), context.tasks(), context.messages(), context.formats(), context.clock(),
                context.preferences()).ranking();

        assertEquals(List.of(RankingColumn.ITEMS, RankingColumn.GMV, RankingColumn.PRODUCTS), again.shownColumns());
    }

    @Test
    void rankingReSortsWhenAnotherColumnIsChosen() {
        created("A", "500000", at(SAIGON, "2026-11-10T10:00"));
        orders.add(new Order(0, "B", "SB", "P2", "minh", Region.VN, 7, Money.of("70000", "VND"), new Rate(1_000),
                null, null, "Shipped", at(SAIGON, "2026-11-11T10:00"), null, false, null, null, "Video"));
        InsightsViewModel viewModel = load(PeriodChoice.THIS_MONTH);
        RankingViewModel ranking = viewModel.ranking();

        List<String> byGmv = ranking.rows().stream().map(RankingRow::handle).toList();
        ranking.rankByProperty().set(RankingColumn.ITEMS);
        List<String> byItems = ranking.rows().stream().map(RankingRow::handle).toList();

        assertEquals(List.of("@linh", "@minh"), byGmv);
        assertEquals(List.of("@minh", "@linh"), byItems);
        assertEquals("ITEMS", context.preferences().get(RankingViewModel.RANK_BY_KEY, ""));
    }

    @Test
    void everyTableExportsToCsvAndXlsxWithFormulasNeutralised() throws Exception {
        orders.add(new Order(0, "A", "SA", "P1", "=cmd", Region.VN, 2, Money.of("500000", "VND"), new Rate(1_000),
                null, null, "Shipped", at(SAIGON, "2026-11-10T10:00"), null, false, null, null, "Video"));
        InsightsViewModel viewModel = load(PeriodChoice.THIS_MONTH);
        java.nio.file.Path csv = dir.resolve("creators.csv");
        java.nio.file.Path xlsx = dir.resolve("totals.xlsx");

        viewModel.export(viewModel.rankingTable(), csv);
        viewModel.export(viewModel.totalsTable(), xlsx);

        String text = java.nio.file.Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFRank,Creator,Currency,GMV,Commission paid,Items sold,Products promoted"), text);
        assertTrue(text.contains("1,'=cmd,VND,500000"), text);
        byte[] workbook = java.nio.file.Files.readAllBytes(xlsx);
        assertEquals('P', workbook[0]);
        assertEquals('K', workbook[1]);
        assertTrue(viewModel.statusProperty().get().startsWith("Exported 1 rows"), viewModel.statusProperty().get());
    }

    @Test
    void customPeriodCoversWholeDaysFromMidnightToMidnight() {
        created("BEFORE", "100000", at(SAIGON, "2026-10-30T23:59:59"));
        created("FIRST", "200000", at(SAIGON, "2026-10-31T00:00:00"));
        created("LAST", "300000", at(SAIGON, "2026-10-31T23:59:59"));
        created("AFTER", "400000", at(SAIGON, "2026-11-01T00:00:00"));
        InsightsViewModel viewModel = load(PeriodChoice.THIS_MONTH);

        viewModel.customFromProperty().set(LocalDate.of(2026, 10, 31));
        viewModel.customToProperty().set(LocalDate.of(2026, 10, 31));
        viewModel.choiceProperty().set(PeriodChoice.CUSTOM);

        assertEquals(new Period(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 31)), viewModel.query().period());
        assertEquals("500,000 ₫ (+400%)", viewModel.totals().rows().get(0).gmv(), "the day before is the previous period");
    }

    @Test
    void theChosenPeriodIsRememberedForTheNextVisit() {
        load(PeriodChoice.LAST_MONTH);

        InsightsViewModel next = new InsightsViewModel(context.workspace(), context.services().settlement(),
                context.services().insights(), context.tasks(), context.messages(), context.formats(), context.clock(),
                context.preferences());

        assertEquals(PeriodChoice.LAST_MONTH, next.choiceProperty().get());
    }

    @Test
    void rankingWithMoreCreatorsThanItsPageSaysSoAndShowsTheRestOnRequest() {
        delivered("A", Region.VN, "300000", 1_000, at(SAIGON, "2026-11-10T10:00"), null);
        delivered("B", Region.VN, "200000", 1_000, at(SAIGON, "2026-11-10T10:00"), null);
        delivered("C", Region.VN, "100000", 1_000, at(SAIGON, "2026-11-10T10:00"), null);
        workspace.orders().saveAll(orders);
        RankingViewModel ranking = new RankingViewModel(context.messages(), context.formats(), context.tasks(),
                context.workspace(), context.services().insights(), context.preferences(), 2);
        InsightsQuery november = new InsightsQuery(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                SAIGON);

        ranking.show(november, List.of("VND"));

        assertEquals(List.of("@cA", "@cB"), ranking.rows().stream().map(RankingRow::handle).toList());
        assertTrue(ranking.moreProperty().get());
        assertEquals("Showing the top 2 creators; more sold in this period.", ranking.shownProperty().get());

        ranking.loadMore();

        assertEquals(List.of("@cA", "@cB", "@cC"), ranking.rows().stream().map(RankingRow::handle).toList());
        assertEquals(3, ranking.rows().get(2).position());
        assertEquals(false, ranking.moreProperty().get());
        assertEquals("", ranking.shownProperty().get());
    }
}
