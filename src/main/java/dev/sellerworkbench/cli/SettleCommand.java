package dev.sellerworkbench.cli;

import dev.sellerworkbench.commission.PayoutReport;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/// `settle --from DATE --to DATE [--json]`: commission payouts due per day and per creator (R-ST-1 … R-ST-3).
final class SettleCommand implements Command {

    static final int MAX_DAYS = 366;

    @Override
    public String name() {
        return "settle";
    }

    @Override
    public String usage() {
        return "settle --from DATE --to DATE [--json]      commission payouts due per day and per creator";
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return List.of(Flag.of("from", "DATE", "first delivery day counted"), Flag.of("to", "DATE", "last day, included"),
                Flag.JSON);
    }

    @Override
    public List<String> examples() {
        return List.of("settle --from 2026-11-01 --to 2026-11-30 --json");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        LocalDate from = date(args, "from");
        LocalDate to = date(args, "to");
        if (to.isBefore(from)) {
            throw new InputRejectedException("--to " + to + " is before --from " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InputRejectedException("The range may span at most " + MAX_DAYS + " days");
        }
        PayoutReport report = context.services().settlement().payouts(from, to);
        Messages messages = Messages.forLocale(Locale.getDefault());
        if (args.json()) {
            context.printJson(toJson(report, messages));
            return Cli.OK;
        }
        for (PayoutReport.Day day : report.days()) {
            context.out().println(day.day() + "  " + text(day.totals()));
            for (PayoutReport.CreatorTotal c : day.creators()) {
                context.out().println("    " + c.creator() + "  " + text(c.totals()) + "  (" + c.lines() + ")");
            }
        }
        if (report.days().isEmpty()) {
            context.err().println("No payouts due from " + from + " to " + to);
        }
        for (var region : report.unconfigured()) {
            context.err().println(messages.get("commission.payout.notConfigured", region.name()));
        }
        return Cli.OK;
    }

    private static LocalDate date(Args args, String flag) {
        String text = args.flag(flag).orElseThrow(() -> new InputRejectedException("--" + flag + " DATE is required"));
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InputRejectedException("--" + flag + " must be a date such as 2026-11-08, not \"" + text + "\"");
        }
    }

    private static String text(List<Money> totals) {
        return totals.stream().map(Money::toString).collect(Collectors.joining(" + "));
    }

    private static Map<String, Object> toJson(PayoutReport report, Messages messages) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", report.from().toString());
        json.put("to", report.to().toString());
        json.put("days", report.days().stream().map(d -> {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", d.day().toString());
            day.put("totals", money(d.totals()));
            day.put("creators", d.creators().stream().map(SettleCommand::creator).toList());
            return day;
        }).toList());
        json.put("creators", report.creators().stream().map(SettleCommand::creator).toList());
        Map<String, Object> undated = new LinkedHashMap<>();
        undated.put("lines", report.undatedLines());
        undated.put("regions", report.unconfigured().stream().map(Enum::name).toList());
        undated.put("messages", report.unconfigured().stream()
                .map(r -> messages.get("commission.payout.notConfigured", r.name())).toList());
        json.put("notConfigured", undated);
        return json;
    }

    private static Map<String, Object> creator(PayoutReport.CreatorTotal c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("creator", c.creator());
        json.put("lines", c.lines());
        json.put("totals", money(c.totals()));
        return json;
    }

    /// Amounts as strings, so no reader turns them into binary floating point.
    private static List<Map<String, String>> money(List<Money> totals) {
        return totals.stream().map(m -> {
            Map<String, String> json = new LinkedHashMap<>();
            json.put("currency", m.currency());
            json.put("amount", m.amount().toPlainString());
            return json;
        }).toList();
    }
}
