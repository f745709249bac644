package dev.sellerworkbench.commission;

import dev.sellerworkbench.service.SettlementService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.cli.Cli;
import dev.sellerworkbench.domain.CommissionSource;
import dev.sellerworkbench.domain.LineCommission;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.insights.Insights;
import dev.sellerworkbench.insights.InsightsQuery;
import dev.sellerworkbench.insights.Period;
import dev.sellerworkbench.store.InsightsRepository.CreatorFigures;
import dev.sellerworkbench.store.InsightsRepository.Figures;
import dev.sellerworkbench.store.InsightsRepository.PlanFigures;
import dev.sellerworkbench.store.InsightsRepository.RankBy;
import dev.sellerworkbench.store.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// R-ST-5: one commission per order line, decided once at import and read by every figure. One
/// small GBP order set, imported as a seller would (CSV and the platform's JSON through the
/// command line), gives the same commission in Insights totals, plan performance, the ranking,
/// the payout calendar, settlement, `insights totals` and `settle`, each equal to the sum worked
/// out by hand below.
class OneCommissionTest {

    @TempDir
    static Path dir;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    /// Delivered 05/10/2026 in London; GB's after-sales period is 14 days (R-ST-2): settled on the
    /// 19th, paid on 2026-10-20.
    static final LocalDate PAY_DAY = LocalDate.of(2026, 10, 20);

    /// By hand (GBP, R-ST-5, R-ST-1 half-even):
    ///   7001 actual commission stated 1.30 (rate and estimate ignored)          → 1.30 ACTUAL
    ///   7002 estimate stated 3.12, no actual                                    → 3.12 ESTIMATED
    ///   7003 no commission stated; Est. Commission Base 20.20 × 12.5% = 2.525   → 2.52 FILE_RATE
    ///        (half-even keeps the even 2; the Payment Amount 25.00 is not the base)
    ///   7004 refunded (R-ST-3)                                                   → 0, left out
    ///   8001 (JSON) the same figures as 7003: base 20.20 × 1250 bp              → 2.52 FILE_RATE
    ///   total 1.30 + 3.12 + 2.52 + 2.52 = 9.46; GMV 12.99 + 25.98 + 25.00 + 25.00 = 88.97
    static final BigDecimal COMMISSION = new BigDecimal("9.46");
    static final BigDecimal GMV = new BigDecimal("88.97");

    static String location;

    @BeforeAll
    static void importOrders() throws Exception {
        location = dir.resolve("ws").toString();
        Path csv = dir.resolve("orders.csv");
        Files.writeString(csv, String.join("\r\n",
                "Order ID,Order Status,Time Created,Order Delivery Time,Quantity,Payment Amount,Currency,Product ID,"
                        + "SKU ID,Creator Username,Content Type,Standard commission rate,Est. Commission Base,"
                        + "Est. standard commission payment,Actual Commission Base,Actual Commission Payment,"
                        + "Time Commission Paid,Fully returned or refunded",
                "7001,Completed,01/10/2026 10:15:00,05/10/2026 16:20:00,1,12.99,GBP,p1,s1,emma,Video,10%,,1.40,,1.30,"
                        + "21/10/2026 09:00:00,No",
                "7002,Completed,01/10/2026 20:41:10,05/10/2026 11:05:00,2,25.98,GBP,p1,s1,jack,LIVE,12%,,3.12,,,,No",
                "7003,Completed,02/10/2026 08:00:00,05/10/2026 12:00:00,1,25.00,GBP,p2,s2,jack,Video,12.5%,20.20,,,,,No",
                "7004,Cancelled,02/10/2026 09:00:00,05/10/2026 12:00:00,1,12.99,GBP,p1,s1,emma,Video,10%,,1.30,,0.00,,Yes")
                + "\r\n");
        Path json = dir.resolve("orders.json");
        long created = Instant.parse("2026-10-02T07:00:00Z").getEpochSecond();
        long delivered = Instant.parse("2026-10-05T11:00:00Z").getEpochSecond();
        Files.writeString(json, """
                {"code": 0, "data": {"orders": [
                  {"id": "8001", "status": "COMPLETED", "create_time": %d, "delivery_time": %d, "skus": [
                    {"sku_id": "s2", "product_id": "p2", "quantity": 1, "creator_username": "emma",
                     "content_type": "VIDEO", "commission_rate": 1250, "refunded_quantity": 0,
                     "price": {"amount": "25.00", "currency": "GBP"},
                     "estimated_commission_base": {"amount": "20.20", "currency": "GBP"},
                     "estimated_paid_commission": [], "actual_commission_base": [], "actual_paid_commission": []}]}]}}
                """.formatted(created, delivered));
        cli("import", "orders", csv.toString(), "--strict");
        cli("import", "orders", json.toString(), "--strict");
    }

    static String cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = location;
        System.arraycopy(args, 0, all, 2, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
        assertEquals(Cli.OK, code, String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    static BigDecimal sum(List<Money> totals) {
        return totals.stream().peek(m -> assertEquals("GBP", m.currency())).map(Money::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static void same(BigDecimal expected, BigDecimal actual, String figure) {
        assertEquals(0, expected.compareTo(actual), figure + ": " + actual + " ≠ " + expected);
    }

    @Test
    void everyFigureShowsTheSameCommission() throws Exception {
        JsonNode settle = new ObjectMapper().readTree(cli("settle", "--from", PAY_DAY.toString(), "--to",
                PAY_DAY.toString(), "--json"));
        JsonNode totalsCli = new ObjectMapper().readTree(cli("insights", "totals", "--from", "2026-10-01", "--to",
                "2026-10-31", "--json")).get("currencies").get(0);
        same(COMMISSION, new BigDecimal(settle.get("days").get(0).get("totals").get(0).get("amount").asText()),
                "settle --json");
        same(COMMISSION, new BigDecimal(totalsCli.get("commissionDue").asText())
                .add(new BigDecimal(totalsCli.get("commissionPaid").asText())), "insights totals --json");
        same(GMV, new BigDecimal(totalsCli.get("gmv").asText()), "insights totals GMV");
        // by product: p1 1.30 + 3.12 = 4.42, p2 2.52 + 2.52 = 5.04; by content: Video 6.34, LIVE 3.12
        JsonNode products = new ObjectMapper().readTree(cli("insights", "products", "--from", "2026-10-01", "--to",
                "2026-10-31", "--json")).get("products");
        assertEquals("p2 5.04 p1 4.42", products.get(0).get("productId").asText() + " "
                + products.get(0).get("commission").asText() + " " + products.get(1).get("productId").asText() + " "
                + products.get(1).get("commission").asText());
        JsonNode content = new ObjectMapper().readTree(cli("insights", "content", "--from", "2026-10-01", "--to",
                "2026-10-31", "--currency", "GBP", "--json")).get("content");
        assertEquals("VIDEO 6.34 LIVE 3.12", content.get(0).get("contentType").asText() + " "
                + content.get(0).get("commission").asText() + " " + content.get(1).get("contentType").asText() + " "
                + content.get(1).get("commission").asText());

        try (Workspace ws = Workspace.open(Path.of(location))) {
            Insights insights = new Insights(ws);
            InsightsQuery october = insights.query(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
            Figures totals = insights.totals(october).current().getFirst();
            same(COMMISSION, totals.commission(), "Insights totals");
            same(new BigDecimal("1.30"), totals.commissionPaid(), "paid: the line with a commission paid time");
            same(COMMISSION, insights.plans(october).plans().stream().map(PlanFigures::figures)
                    .map(Figures::commission).reduce(BigDecimal.ZERO, BigDecimal::add), "plan performance");
            List<CreatorFigures> ranking = insights.rankingAll(october, "GBP", RankBy.COMMISSION_DUE, 10);
            same(COMMISSION, ranking.stream().map(c -> c.figures().commission()).reduce(BigDecimal.ZERO,
                    BigDecimal::add), "ranking");
            // emma 1.30 + 2.52 = 3.82, jack 3.12 + 2.52 = 5.64: jack ranks first by commission due
            // (emma's 1.30 is paid, so due 2.52 against jack's 5.64)
            assertEquals(List.of("jack", "emma"), ranking.stream().map(CreatorFigures::handle).toList());

            SettlementService service = new SettlementService(ws);
            PayoutReport calendar = service.payouts(PAY_DAY.minusDays(3), PAY_DAY.plusDays(3));
            assertEquals(List.of(PAY_DAY), calendar.days().stream().map(PayoutReport.Day::day).toList());
            same(COMMISSION, sum(calendar.days().getFirst().totals()), "payout calendar");
            same(COMMISSION, service.settledLines(PAY_DAY, PAY_DAY).stream()
                    .filter(l -> l.status() == PayoutStatus.DUE).map(SettlementLine::commission).map(Money::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add), "settlement lines");
        }
    }

    @Test
    void csvAndJsonGiveTheSameBaseAndCommissionForTheSameOrder() {
        try (Workspace ws = Workspace.open(Path.of(location))) {
            List<Order> lines = ws.orders().all().stream().sorted(Comparator.comparing(Order::orderId)).toList();
            Order csv = lines.stream().filter(o -> o.orderId().equals("7003")).findFirst().orElseThrow();
            Order json = lines.stream().filter(o -> o.orderId().equals("8001")).findFirst().orElseThrow();
            assertEquals(Money.of("20.20", "GBP"), csv.estimatedBase().rounded(), "Est. Commission Base is read");
            assertNull(csv.actualBase());
            assertEquals(0, csv.amount().amount().compareTo(json.amount().amount()), "GMV: payment amount = price × 1");
            assertEquals(csv.commission(), json.commission());
            assertEquals(new LineCommission(Money.of("20.20", "GBP"), Money.of("2.52", "GBP"), CommissionSource.FILE_RATE),
                    new LineCommission(csv.commission().base().rounded(), csv.commission().amount(),
                            csv.commission().source()));
            Order actual = lines.stream().filter(o -> o.orderId().equals("7001")).findFirst().orElseThrow();
            assertEquals(CommissionSource.ACTUAL, actual.commission().source());
            assertEquals(Money.of("1.30", "GBP"), actual.commission().amount());
        }
    }

    @Test
    void theOneFunctionTriesActualThenEstimatedThenFileRateThenPlanRate() {
        Money amount = Money.of("100000", "IDR");
        Order bare = new Order(0, "o", "s", "p", "rina", Region.ID, 1, amount, null, null, null, null, null, null,
                false, null, null, null);
        // 84,150 IDR × 10% = 8,415 exactly; 8,415 × 10% = 841.5 → 842 (half-even to a whole rupiah: 842 is even)
        Order withBase = new Order(0, "o", "s", "p", "rina", Region.ID, 1, amount, null, null, null, null, null, null,
                false, null, null, null, Money.of("8415", "IDR"), null, null);
        assertEquals(new LineCommission(amount, Money.zero("IDR"), CommissionSource.NONE), LineCommission.decide(bare, null));
        assertEquals(Money.of("10000", "IDR"), LineCommission.decide(bare, new Rate(1000)).amount());
        assertEquals(CommissionSource.PLAN_RATE, LineCommission.decide(bare, new Rate(1000)).source());
        assertEquals(Money.of("842", "IDR"), LineCommission.decide(withBase, new Rate(1000)).amount());
        Order fileRate = new Order(0, "o", "s", "p", "rina", Region.ID, 1, amount, new Rate(500), null, null, null,
                null, null, false, null, null, null);
        assertEquals(new LineCommission(amount, Money.of("5000", "IDR"), CommissionSource.FILE_RATE),
                LineCommission.decide(fileRate, new Rate(1000)), "the file's rate before the plans'");
        assertEquals(CommissionSource.ESTIMATED, LineCommission.decide(new Order(0, "o", "s", "p", "rina", Region.ID, 1,
                amount, new Rate(500), Money.of("4000", "IDR"), null, null, null, null, false, null, null, null), null)
                .source());
    }
}
