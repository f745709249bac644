package dev.sellerworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.commission.PayoutReport;
import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.commission.PlanSaveResult;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.service.SettlementService;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.exchange.ImportKind;
import dev.sellerworkbench.exchange.ImportResult;
import dev.sellerworkbench.exchange.Importer;
import dev.sellerworkbench.exchange.PlanFile;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.insights.Insights;
import dev.sellerworkbench.insights.InsightsQuery;
import dev.sellerworkbench.insights.Period;
import dev.sellerworkbench.settings.SettingsCatalogue;
import dev.sellerworkbench.settings.SettingsService;
import dev.sellerworkbench.store.InsightsRepository.CreatorFigures;
import dev.sellerworkbench.store.InsightsRepository.Figures;
import dev.sellerworkbench.store.InsightsRepository.PlanFigures;
import dev.sellerworkbench.store.InsightsRepository.RankBy;
import dev.sellerworkbench.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A clean shop: an empty workspace fed only the shipped samples (assets/samples/) through the
/// importer the window uses, set up as a Vietnamese shop whose after-sales days for VN are set
/// through the settings service. Every headline figure is compared with what the samples give,
/// worked out by hand in the comments (R-ST-1 … R-ST-5; R-ST-6: currencies never summed).
class CleanShopTest {

    @TempDir
    static Path dir;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneOffset.UTC);
    static Workspace shop;
    static Insights insights;
    static InsightsQuery july;

    @BeforeAll
    static void feedTheSamples() throws Exception {
        shop = Workspace.open(dir.resolve("shop"));
        SettingsService settings = new SettingsService(shop);
        for (String[] s : new String[][] {{SettingsCatalogue.REGION, "VN"}, {SettingsCatalogue.CURRENCY, "VND"},
                {SettingsCatalogue.TIME_ZONE, "Asia/Ho_Chi_Minh"}, {"aftersales.VN", "7"}}) {
            assertTrue(settings.set(SettingsCatalogue.get(s[0]), s[1], "staff", CLOCK.instant()).ok(), s[0]);
        }
        Importer importer = new Importer(shop, Messages.forLocale(Locale.ENGLISH), CLOCK);
        feed(importer, ImportKind.PRODUCTS, "products.csv");
        feed(importer, ImportKind.CREATORS, "creators.csv");
        feed(importer, ImportKind.CREATORS, "creators-platform.json");
        feed(importer, ImportKind.STATS, "stats.csv");
        publish(PlanFile.importFile(shop, CLOCK, sample("plan-open.json")).planId());
        publish(PlanFile.importFile(shop, CLOCK, sample("plan-targeted.json")).planId());
        feed(importer, ImportKind.APPLICATIONS, "applications.csv");
        feed(importer, ImportKind.COLLABORATIONS, "collaborations.csv");
        feed(importer, ImportKind.ORDERS, "orders-seller-center.csv");
        feed(importer, ImportKind.ORDERS, "orders-seller-center-vi.csv");
        feed(importer, ImportKind.ORDERS, "orders-platform.json");
        insights = new Insights(shop);
        july = insights.query(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)));
    }

    @AfterAll
    static void close() {
        shop.close();
    }

    /// Publishes an imported plan as `plans publish ID` does: its live items and its creators.
    static void publish(long planId) {
        List<PlanDraft.Item> items = shop.plans().items(planId).stream().filter(i -> i.removedAt() == null)
                .map(i -> new PlanDraft.Item(i.productId(), i.rate(), i.reason())).toList();
        List<Long> creators = shop.plans().creators(planId).stream().map(PlanCreator::creatorId).toList();
        PlanSaveResult result = new PlanService(shop, CLOCK).publish(
                new PlanDraft(shop.plans().findById(planId).orElseThrow(), items, creators));
        assertTrue(result.ok(), result.problems().toString());
    }

    static Path sample(String name) {
        return Path.of("assets/samples", name);
    }

    static void feed(Importer importer, ImportKind kind, String name) {
        ImportResult result = importer.run(kind, sample(name), true, Progress.NONE);
        assertEquals(List.of(), result.rejected(), name);
        assertTrue(result.committed(), name);
    }

    static void same(String expected, BigDecimal actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": " + actual);
    }

    /// Totals of July 2026 in the shop's zone (R-ST-4), one row per currency, most orders first.
    ///   VND (orders-seller-center-vi.csv): 289,000 + 398,000 = 687,000 GMV over 2 orders, 3 items;
    ///     commission 43,350 (actual stated) + 47,760 (estimate stated, no actual yet) = 91,110, of
    ///     which 43,350 is paid (a commission paid time is given).
    ///   IDR (orders-platform.json): Rp89.000 × 1 = 89,000 GMV; estimated commission Rp8.900.
    @Test
    void julyTotalsPerCurrency() {
        List<Figures> rows = insights.totals(july).current();
        assertEquals(List.of("VND", "IDR"), rows.stream().map(Figures::currency).toList(), "most orders first");
        Figures vnd = rows.get(0);
        same("687000", vnd.gmv(), "VND GMV");
        assertEquals(2, vnd.orders());
        assertEquals(3, vnd.items());
        same("91110", vnd.commission(), "VND commission");
        same("43350", vnd.commissionPaid(), "VND paid");
        Figures idr = rows.get(1);
        same("89000", idr.gmv(), "IDR GMV");
        same("8900", idr.commission(), "IDR commission");
    }

    /// October's GBP lines (orders-seller-center.csv): 12.99 + 25.98 = 38.97; the third line is
    /// refunded and counts only as refunded 12.99 (R-ST-3); commission 1.30 (actual) + 3.12 (estimate).
    @Test
    void octoberInPounds() {
        Figures gbp = insights.totals(insights.query(new Period(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31)))).current().getFirst();
        assertEquals("GBP", gbp.currency());
        same("38.97", gbp.gmv(), "GBP GMV");
        same("4.42", gbp.commission(), "GBP commission");
        same("12.99", gbp.refunded(), "refunded");
        assertEquals(1, gbp.refundedLines());
    }

    /// Plan performance for July: the orders were placed months before either sample plan held a
    /// product for these creators (plans imported 2026-11-30, acceptance 2026-11-24, the approved
    /// application of 2026-11-20), so no plan is credited: the lines stand under "no plan", each
    /// currency apart, VND 91,110 and IDR 8,900.
    @Test
    void planPerformanceCreditsNoPlanBeforeItExisted() {
        Map<String, BigDecimal> commission = new LinkedHashMap<>();
        for (PlanFigures p : insights.plans(july).plans()) {
            if (p.figures().orders() > 0) {
                assertEquals(null, p.planId(), "credited to a plan: " + p);
                commission.merge(p.figures().currency(), p.figures().commission(), BigDecimal::add);
            }
        }
        assertEquals(List.of("VND", "IDR"), List.copyOf(commission.keySet()).stream().sorted().toList().reversed());
        same("91110", commission.get("VND"), "VND");
        same("8900", commission.get("IDR"), "IDR");
    }

    /// Ranking by GMV in VND: thao.mebe 398,000 (2 items) before linh.beauty 289,000.
    @Test
    void rankingInTheShopsCurrency() {
        List<CreatorFigures> ranking = insights.rankingAll(july, "VND", RankBy.GMV, 50);
        assertEquals(List.of("thao.mebe", "linh.beauty"), ranking.stream().map(CreatorFigures::handle).toList());
        same("398000", ranking.get(0).figures().gmv(), "thao.mebe GMV");
        same("47760", ranking.get(0).figures().commissionDue(), "thao.mebe commission due");
    }

    /// Sales by product and content type in July, per currency (R-ST-6):
    ///   VND: Kem chống nắng 398,000 (2 items, LIVE, commission 47,760) before Serum 289,000 (Video, 43,350);
    ///   IDR: Hijab Voal 89,000 (VIDEO, 8,900). Content: VND LIVE 398,000 then VIDEO 289,000; IDR VIDEO 89,000.
    @Test
    void salesByProductAndContent() {
        Insights.Breakdown july = insights.breakdown(CleanShopTest.july);
        assertEquals(List.of("IDR Hijab Voal Premium Motif 89000 1 8900", "VND Kem chống nắng SPF50+ 50ml 398000 2 47760",
                "VND Serum dưỡng ẩm Hyaluronic 30ml 289000 1 43350"), july.products().stream()
                .map(p -> p.figures().currency() + " " + p.title() + " " + plain(p.figures().gmv()) + " "
                        + p.figures().items() + " " + plain(p.figures().commission())).toList());
        assertEquals(List.of("IDR VIDEO 89000", "VND LIVE 398000", "VND VIDEO 289000"), july.content().stream()
                .map(c -> c.figures().currency() + " " + c.contentType() + " " + plain(c.figures().gmv())).toList());
    }

    /// R-ST-6: July sells in VND and IDR. Without a rate nothing is added and IDR is named as
    /// missing; with 1 IDR = 1.6 VND as of 2026-07-31 (set like Settings sets it):
    ///   GMV 687,000 + 89,000 × 1.6 (142,400) = 829,400 VND; commission 91,110 + 8,900 × 1.6 (14,240) = 105,350 VND.
    @Test
    void currenciesAreAddedOnlyWithAStatedRate() {
        List<Figures> current = insights.totals(july).current();
        Insights.Converted before = insights.convert(current).orElseThrow();
        assertEquals(List.of("IDR"), before.missing());
        assertEquals(null, before.gmv(), "nothing added without a rate");
        assertTrue(!SettingsCatalogue.get("fx.IDR").parse("1.6").ok(), "a rate without its date is refused");
        assertTrue(new SettingsService(shop).set(SettingsCatalogue.get("fx.IDR"), "1.6 2026-07-31", "staff",
                CLOCK.instant()).ok());
        try {
            Insights.Converted after = insights.convert(current).orElseThrow();
            assertTrue(after.converted());
            assertEquals("VND", after.currency());
            same("829400", after.gmv(), "GMV in VND");
            same("105350", after.commission(), "commission in VND");
            assertEquals("IDR 1.6 2026-07-31", after.rates().stream()
                    .map(r -> r.currency() + " " + r.rate() + " " + r.asOf()).reduce("", String::concat));
        } finally {
            new SettingsService(shop).set(SettingsCatalogue.get("fx.IDR"), "", "staff", CLOCK.instant());
        }
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /// Pay days (R-ST-2), each in its market's zone:
    ///   VN, after-sales 7 days (set above): delivered 10/07 → settled 17/07 → paid 2026-07-18, 43,350;
    ///       delivered 11/07 → paid 2026-07-19, 47,760.
    ///   ID, 6 days built in: delivered 2026-07-10 09:20 Jakarta (Unix 1783650000) → paid 2026-07-17, Rp8.900.
    ///   GB, 14 days: delivered 04/10 → paid 2026-10-19, 1.30; delivered 06/10 → paid 2026-10-21, 3.12;
    ///       the refunded line earns nothing.
    @Test
    void payDaysForAVietnameseShop() {
        SettlementService settlement = new SettlementService(shop);
        PayoutReport julyPayouts = settlement.payouts(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
        assertEquals(0, julyPayouts.undatedLines(), "every July line has a pay day once VN's days are set");
        assertEquals(List.of("2026-07-17 8900 IDR", "2026-07-18 43350 VND", "2026-07-19 47760 VND"), days(julyPayouts));
        assertEquals(List.of("2026-10-19 1.30 GBP", "2026-10-21 3.12 GBP"),
                days(settlement.payouts(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))));
    }

    private static List<String> days(PayoutReport report) {
        List<String> days = new ArrayList<>();
        for (PayoutReport.Day day : report.days()) {
            for (Money total : day.totals()) {
                days.add(day.day() + " " + total.rounded());
            }
        }
        return days;
    }
}
