package dev.sellerworkbench.cli;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.exchange.ExportFormat;
import dev.sellerworkbench.exchange.TableExport;
import dev.sellerworkbench.insights.Insights;
import dev.sellerworkbench.insights.InsightsQuery;
import dev.sellerworkbench.insights.Period;
import dev.sellerworkbench.store.InsightsRepository.ContentFigures;
import dev.sellerworkbench.store.InsightsRepository.ContentIdFigures;
import dev.sellerworkbench.store.InsightsRepository.Conversion;
import dev.sellerworkbench.store.InsightsRepository.ProductFigures;
import dev.sellerworkbench.store.InsightsRepository.CreatorFigures;
import dev.sellerworkbench.store.InsightsRepository.Figures;
import dev.sellerworkbench.store.InsightsRepository.PlanFigures;
import dev.sellerworkbench.store.InsightsRepository.RankBy;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/// `insights totals|plans|ranking|products|content --from D --to D …`: the Insights screen's figures (R-ST-4) for the
/// days [from, to] in the seller's time zone, read through the same [Insights] service the screen
/// reads. Amounts stay per currency (R-ST-6), rounded to the currency's minor unit as the screen
/// shows them (R-ST-1), and are printed as strings so no reader turns them into binary floating
/// point. `--out FILE` writes the same rows as CSV (UTF-8 with BOM) or XLSX (R-EX-6).
final class InsightsCommand implements Command {

    /// Rows read per query while ranking; every page is read, so the ranking is never cut short.
    static final int PAGE = 5_000;

    @Override
    public String name() {
        return "insights";
    }

    @Override
    public String usage() {
        return "insights totals|plans|ranking|products|content|content-ids --from DATE --to DATE [--currency C] [--by FIGURE] [--out FILE] [--json]"
                + "   the Insights screen's figures";
    }

    @Override
    public List<String> subcommands() {
        return List.of("totals", "plans", "ranking", "products", "content", "content-ids");
    }

    @Override
    public List<Flag> flags(String subcommand) {
        if (!subcommands().contains(subcommand)) {
            return null;
        }
        List<Flag> flags = new ArrayList<>(List.of(
                Flag.of("from", "DATE", "first day, in the seller's time zone (Settings)"),
                Flag.of("to", "DATE", "last day, included"),
                Flag.of("currency", "C", subcommand.equals("ranking")
                        ? "rank creators selling in this currency (default: the one with most orders)"
                        : "only this currency")));
        if (subcommand.equals("ranking")) {
            flags.add(Flag.of("by", rankNames(), "the figure to rank by (default gmv)"));
        }
        flags.add(Flag.of("out", "FILE", "also write the rows to FILE: XLSX when it ends in .xlsx, else CSV"));
        flags.add(Flag.JSON);
        return flags;
    }

    @Override
    public List<String> examples() {
        return List.of("insights totals --from 2026-11-01 --to 2026-11-30 --json",
                "insights ranking --from 2026-11-01 --to 2026-11-30 --currency VND --by commission-paid --out top.xlsx",
                "insights products --from 2026-11-01 --to 2026-11-30 --currency VND --json",
                "insights content --from 2026-11-01 --to 2026-11-30 --out content.csv",
                "insights content-ids --from 2026-11-01 --to 2026-11-30 --currency VND --json");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String sub = args.positional(0, "subcommand: insights totals | plans | ranking | products | content | content-ids");
        if (!subcommands().contains(sub)) {
            throw new InputRejectedException("Unknown subcommand \"" + sub + "\"; use: insights totals | plans | ranking | products | content | content-ids");
        }
        if (args.positionals().size() > 1) {
            throw new InputRejectedException("Unexpected word \"" + args.positionals().get(1) + "\"");
        }
        LocalDate from = date(args, "from");
        LocalDate to = date(args, "to");
        if (to.isBefore(from)) {
            throw new InputRejectedException("--to " + to + " is before --from " + from);
        }
        Optional<String> currency = args.flag("currency").map(InsightsCommand::currency);
        RankBy by = args.flag("by").map(InsightsCommand::rankBy).orElse(RankBy.GMV);
        Optional<Path> out = args.flag("out").map(Path::of);
        out.ifPresent(InsightsCommand::checkFolder);

        Insights insights = context.services().insights();
        InsightsQuery query = insights.query(new Period(from, to));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("from", from.toString());
        result.put("to", to.toString());
        result.put("zone", query.zone().getId());
        List<Map<String, Object>> rows;
        switch (sub) {
            case "totals" -> {
                Period before = query.previous();
                result.put("previousFrom", before.from().toString());
                result.put("previousTo", before.to().toString());
                Insights.Totals all = insights.totals(query);
                rows = totals(all, currency);
                result.put("currencies", rows);
                if (currency.isEmpty()) {
                    insights.convert(all.current()).ifPresent(c -> result.put("converted", converted(c)));
                }
            }
            case "plans" -> {
                rows = plans(insights.plans(query), currency);
                result.put("plans", rows);
            }
            case "products" -> {
                rows = products(insights.breakdown(query).products(), currency);
                result.put("products", rows);
            }
            case "content" -> {
                rows = content(insights.breakdown(query).content(), currency);
                result.put("content", rows);
            }
            case "content-ids" -> {
                rows = contentIds(insights.byContentId(query), currency);
                result.put("contentIds", rows);
            }
            default -> {
                String chosen = currency.orElseGet(() -> insights.totals(query).currencies().stream().findFirst()
                        .orElse(null));
                rows = chosen == null ? List.of() : ranking(insights.rankingAll(query, chosen, by, PAGE));
                result.put("currency", chosen);
                result.put("by", code(by));
                result.put("creators", rows);
            }
        }
        if (out.isPresent()) {
            write(out.get(), sub, rows);
            context.err().println(rows.size() + " row" + (rows.size() == 1 ? "" : "s") + " written to " + out.get());
        }
        if (args.json()) {
            context.printJson(plain(result));
        } else if (out.isEmpty()) {
            for (Map<String, Object> row : rows) {
                context.out().println(row.values().stream().map(v -> v == null ? "" : v instanceof BigDecimal d
                        ? d.toPlainString() : v.toString()).collect(Collectors.joining("\t")));
            }
        }
        return Cli.OK;
    }

    // ---------------------------------------------------------------- sections

    /// Each figure beside the previous period's and the change in percent, as the screen shows them.
    private static List<Map<String, Object>> totals(Insights.Totals totals, Optional<String> only) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figures now : totals.current()) {
            String c = now.currency();
            if (only.isPresent() && !only.get().equals(c)) {
                continue;
            }
            Figures before = totals.previous(c).orElse(null);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("currency", c);
            put(row, "gmv", now.gmv(), before == null ? null : before.gmv(), c);
            put(row, "orders", BigDecimal.valueOf(now.orders()), before == null ? null : BigDecimal.valueOf(before.orders()), null);
            put(row, "items", BigDecimal.valueOf(now.items()), before == null ? null : BigDecimal.valueOf(before.items()), null);
            put(row, "commissionDue", now.commissionDue(), before == null ? null : before.commissionDue(), c);
            put(row, "commissionPaid", now.commissionPaid(), before == null ? null : before.commissionPaid(), c);
            put(row, "refunded", now.refunded(), before == null ? null : before.refunded(), c);
            row.put("refundedLines", now.refundedLines());
            row.put("averageRatePercent", now.averageRateBp().map(bp -> BigDecimal.valueOf(bp, 2)).orElse(null));
            row.put("averageRatePercentPrevious", before == null ? null
                    : before.averageRateBp().map(bp -> BigDecimal.valueOf(bp, 2)).orElse(null));
            rows.add(row);
        }
        return rows;
    }

    /// Every currency in the shop's, converted with the dated rates used (R-ST-6); when a currency
    /// has no rate, `gmv` and `commission` are null and `missingRates` names the currencies.
    private static Map<String, Object> converted(Insights.Converted c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("currency", c.currency());
        json.put("gmv", c.gmv());
        json.put("commission", c.commission());
        json.put("rates", c.rates().stream().map(r -> {
            Map<String, Object> rate = new LinkedHashMap<>();
            rate.put("currency", r.currency());
            rate.put("rate", r.rate().toPlainString());
            rate.put("asOf", r.asOf().toString());
            return rate;
        }).toList());
        json.put("missingRates", c.missing());
        return json;
    }

    private static void put(Map<String, Object> row, String name, BigDecimal now, BigDecimal before, String currency) {
        row.put(name, currency == null ? now : amount(now, currency));
        row.put(name + "Previous", before == null ? (currency == null ? BigDecimal.ZERO : amount(BigDecimal.ZERO, currency))
                : currency == null ? before : amount(before, currency));
        row.put(name + "ChangePercent", Insights.change(now, before));
    }

    private static List<Map<String, Object>> plans(Insights.PlanPerformance performance, Optional<String> only) {
        Map<Long, Conversion> conversions = performance.conversionsByPlan();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PlanFigures p : performance.plans()) {
            String c = p.figures().currency();
            if (only.isPresent() && !only.get().equals(c)) {
                continue;
            }
            Conversion conversion = p.planId() == null ? null : conversions.get(p.planId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("planId", p.planId());
            row.put("plan", p.planName());
            row.put("type", p.planType() == null ? null : p.planType().toLowerCase(Locale.ROOT));
            row.put("currency", c);
            row.put("gmv", amount(p.figures().gmv(), c));
            row.put("orders", p.figures().orders());
            row.put("items", p.figures().items());
            row.put("commission", amount(p.figures().commission(), c));
            row.put("creatorsSelling", p.creatorsSelling());
            row.put("invited", conversion == null ? null : conversion.invited());
            row.put("joined", conversion == null ? null : conversion.joined());
            row.put("conversionPercent", conversion == null ? null
                    : conversion.conversionBp().map(bp -> BigDecimal.valueOf(bp, 2)).orElse(null));
            rows.add(row);
        }
        return rows;
    }

    /// Per product and currency: the product's sales in the period (R-ST-4, R-ST-6).
    private static List<Map<String, Object>> products(List<ProductFigures> products, Optional<String> only) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProductFigures p : products) {
            String c = p.figures().currency();
            if (only.isPresent() && !only.get().equals(c)) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("productId", p.productId());
            row.put("product", p.title());
            breakdown(row, p.figures(), p.creatorsSelling());
            rows.add(row);
        }
        return rows;
    }

    /// Per content type (LIVE, VIDEO, SHOWCASE …; null when the file does not say) and currency.
    private static List<Map<String, Object>> content(List<ContentFigures> content, Optional<String> only) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ContentFigures f : content) {
            if (only.isPresent() && !only.get().equals(f.figures().currency())) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("contentType", f.contentType());
            breakdown(row, f.figures(), f.creatorsSelling());
            rows.add(row);
        }
        return rows;
    }

    /// Per content id and currency: the content's type and creator, GMV, orders and commission; the
    /// lines whose file gave no content id as one row with `contentId` null.
    private static List<Map<String, Object>> contentIds(List<ContentIdFigures> content, Optional<String> only) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ContentIdFigures f : content) {
            if (only.isPresent() && !only.get().equals(f.figures().currency())) {
                continue;
            }
            String c = f.figures().currency();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("contentId", f.contentId());
            row.put("contentType", f.contentType());
            row.put("creator", f.creatorHandle());
            row.put("creatorName", f.creatorName());
            row.put("currency", c);
            row.put("gmv", amount(f.figures().gmv(), c));
            row.put("orders", f.figures().orders());
            row.put("items", f.figures().items());
            row.put("commission", amount(f.figures().commission(), c));
            rows.add(row);
        }
        return rows;
    }

    private static void breakdown(Map<String, Object> row, Figures f, long creators) {
        String c = f.currency();
        row.put("currency", c);
        row.put("gmv", amount(f.gmv(), c));
        row.put("orders", f.orders());
        row.put("items", f.items());
        row.put("commission", amount(f.commission(), c));
        row.put("creatorsSelling", creators);
        row.put("refundedLines", f.refundedLines());
        row.put("refunded", amount(f.refunded(), c));
    }

    private static List<Map<String, Object>> ranking(List<CreatorFigures> ranked) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            CreatorFigures f = ranked.get(i);
            String c = f.figures().currency();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("position", i + 1);
            row.put("handle", f.handle());
            row.put("currency", c);
            row.put("gmv", amount(f.figures().gmv(), c));
            row.put("commissionPaid", amount(f.figures().commissionPaid(), c));
            row.put("commissionDue", amount(f.figures().commissionDue(), c));
            row.put("items", f.figures().items());
            row.put("products", f.products());
            row.put("orders", f.figures().orders());
            rows.add(row);
        }
        return rows;
    }

    /// An amount at its currency's minor unit (R-ST-1), as the screen and its exports show it.
    private static BigDecimal amount(BigDecimal value, String currency) {
        return Money.of(value, currency).rounded().amount();
    }

    // ---------------------------------------------------------------- output

    /// The rows to CSV or XLSX, numbers as numbers; written beside the target and moved into place.
    private static void write(Path file, String sheet, List<Map<String, Object>> rows) throws Exception {
        List<String> header = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet());
        List<List<Object>> cells = rows.stream().map(r -> (List<Object>) new ArrayList<>(r.values())).toList();
        ExportFormat format = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? ExportFormat.XLSX : ExportFormat.CSV;
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".insights-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                TableExport.write(format, sheet, header, cells, out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /// Amounts as plain strings ("1200000", "12.50") for JSON readers.
    private static Object plain(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(InsightsCommand::plain).toList();
        }
        return value;
    }

    // ---------------------------------------------------------------- input

    private static LocalDate date(Args args, String flag) {
        String text = args.flag(flag).orElseThrow(() -> new InputRejectedException("--" + flag + " DATE is required"));
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InputRejectedException("--" + flag + " must be a date such as 2026-11-08, not \"" + text + "\"");
        }
    }

    private static String currency(String text) {
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new InputRejectedException("--currency must be a three-letter code such as VND, not \"" + text + "\"");
        }
        return code;
    }

    private static RankBy rankBy(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(RankBy.values()).filter(r -> code(r).equals(wanted)).findFirst()
                .orElseThrow(() -> new InputRejectedException("--by must be one of " + rankNames() + ", not \"" + text + "\""));
    }

    private static String code(RankBy by) {
        return by.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String rankNames() {
        return Arrays.stream(RankBy.values()).map(InsightsCommand::code).collect(Collectors.joining("|"));
    }

    private static void checkFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputRejectedException("The folder of " + file + " does not exist; nothing was written");
        }
    }
}
