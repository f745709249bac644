package dev.sellerworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.insights.Insights;
import dev.sellerworkbench.insights.InsightsQuery;
import dev.sellerworkbench.insights.Period;
import dev.sellerworkbench.store.InsightsRepository.Conversion;
import dev.sellerworkbench.store.InsightsRepository.CreatorFigures;
import dev.sellerworkbench.store.InsightsRepository.Figures;
import dev.sellerworkbench.store.InsightsRepository.PlanFigures;
import dev.sellerworkbench.store.InsightsRepository.RankBy;
import dev.sellerworkbench.store.Workspace;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `insights totals|plans|ranking` over a demo workspace, compared figure by figure with what the
/// Insights screen's service returns for the same period (R-ST-4).
class InsightsCommandTest {

    static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 22);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    String ws;

    static CliRun run(String... args) {
        return CliRun.of(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC), args);
    }

    @BeforeEach
    void demo() {
        ws = dir.resolve("ws").toString();
        CliRun demo = run("--workspace", ws, "demo", "--creators", "300");
        assertEquals(0, demo.exit(), demo.err());
    }

    private <T> T screen(java.util.function.BiFunction<Insights, InsightsQuery, T> read) {
        try (Workspace w = Workspace.open(ws)) {
            Insights insights = new Insights(w);
            return read.apply(insights, insights.query(new Period(FROM, TO)));
        }
    }

    private static String amount(BigDecimal value, String currency) {
        return Money.of(value, currency).rounded().amount().toPlainString();
    }

    private JsonNode json(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = ws;
        System.arraycopy(args, 0, all, 2, args.length);
        CliRun run = run(all);
        assertEquals(0, run.exit(), run.err());
        return JSON.readTree(run.out());
    }

    @Test
    void totalsAreTheScreensFiguresBesideThePreviousPeriod() throws Exception {
        Insights.Totals expected = screen(Insights::totals);
        assertFalse(expected.current().isEmpty(), "the demo workspace sold something in the period");

        JsonNode totals = json("insights", "totals", "--from", FROM.toString(), "--to", TO.toString(), "--json");

        assertEquals("2026-08-09", totals.get("previousFrom").asText());
        JsonNode rows = totals.get("currencies");
        assertEquals(expected.current().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Figures now = expected.current().get(i);
            Figures before = expected.previous(now.currency()).orElse(null);
            JsonNode row = rows.get(i);
            String c = now.currency();
            assertEquals(c, row.get("currency").asText(), "most orders first, as the screen lists them");
            assertEquals(amount(now.gmv(), c), row.get("gmv").asText());
            assertEquals(now.orders(), new BigDecimal(row.get("orders").asText()).longValueExact());
            assertEquals(now.items(), new BigDecimal(row.get("items").asText()).longValueExact());
            assertEquals(amount(now.commissionDue(), c), row.get("commissionDue").asText());
            assertEquals(amount(now.commissionPaid(), c), row.get("commissionPaid").asText());
            assertEquals(amount(now.refunded(), c), row.get("refunded").asText());
            BigDecimal change = Insights.change(now.gmv(), before == null ? null : before.gmv());
            assertEquals(change == null ? "null" : change.toPlainString(), row.get("gmvChangePercent").asText());
            assertEquals(now.averageRateBp().map(bp -> BigDecimal.valueOf(bp, 2).toPlainString()).orElse("null"),
                    row.get("averageRatePercent").asText());
        }
    }

    @Test
    void plansAreTheScreensPlanPerformanceAndCurrencyFilters() throws Exception {
        Insights.PlanPerformance expected = screen(Insights::plans);
        Map<Long, Conversion> conversions = expected.conversionsByPlan();
        String currency = expected.plans().get(0).figures().currency();
        List<PlanFigures> inCurrency = expected.plans().stream()
                .filter(p -> p.figures().currency().equals(currency)).toList();

        JsonNode rows = json("insights", "plans", "--from", FROM.toString(), "--to", TO.toString(), "--currency",
                currency, "--json").get("plans");

        assertEquals(inCurrency.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PlanFigures p = inCurrency.get(i);
            JsonNode row = rows.get(i);
            assertEquals(p.planId() == null ? "null" : p.planId().toString(), row.get("planId").asText());
            assertEquals(amount(p.figures().gmv(), currency), row.get("gmv").asText());
            assertEquals(amount(p.figures().commission(), currency), row.get("commission").asText());
            assertEquals(p.creatorsSelling(), row.get("creatorsSelling").asLong());
            Conversion c = p.planId() == null ? null : conversions.get(p.planId());
            assertEquals(c == null ? "null" : String.valueOf(c.joined()), row.get("joined").asText());
        }
    }

    @Test
    void rankingListsEveryCreatorAsTheScreenRanksThem() throws Exception {
        String currency = screen((i, q) -> i.totals(q).currencies().get(0));
        List<CreatorFigures> expected = screen((i, q) -> i.ranking(q, currency, RankBy.ITEMS, 0, Integer.MAX_VALUE));
        assertTrue(expected.size() > 1);

        JsonNode ranking = json("insights", "ranking", "--from", FROM.toString(), "--to", TO.toString(), "--by", "items",
                "--json");

        assertEquals(currency, ranking.get("currency").asText(), "the currency with most orders by default");
        JsonNode rows = ranking.get("creators");
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(expected.get(i).handle(), rows.get(i).get("handle").asText());
            assertEquals(expected.get(i).figures().items(), rows.get(i).get("items").asLong());
            assertEquals(amount(expected.get(i).figures().gmv(), currency), rows.get(i).get("gmv").asText());
        }
    }

    @Test
    void outWritesTheSameRowsToAFile() throws Exception {
        int currencies = screen((i, q) -> i.totals(q).current().size());
        Path file = dir.resolve("totals.csv");

        CliRun run = run("--workspace", ws, "insights", "totals", "--from", FROM.toString(), "--to", TO.toString(),
                "--out", file.toString());

        assertEquals(0, run.exit(), run.err());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 with BOM");
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("currency,gmv,gmvPrevious,gmvChangePercent,"), lines.get(0));
        assertEquals(currencies, lines.size() - 1);
    }

    @Test
    void aMistypedFlagOrAnEmptyPeriodIsRefused() {
        CliRun typo = run("--workspace", ws, "insights", "totals", "--from", FROM.toString(), "--to", TO.toString(),
                "--currncy", "VND");
        CliRun backwards = run("--workspace", ws, "insights", "plans", "--from", TO.toString(), "--to", FROM.toString());

        assertEquals(Cli.REJECTED, typo.exit());
        assertTrue(typo.err().contains("did you mean --currency?"), typo.err());
        assertEquals(Cli.REJECTED, backwards.exit());
    }
}
