package dev.sellerworkbench.cli;

import dev.sellerworkbench.commission.ConflictTable;
import dev.sellerworkbench.commission.PendingChange;
import dev.sellerworkbench.commission.RateResolver;
import dev.sellerworkbench.commission.Resolution;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.service.EngineInputs;
import dev.sellerworkbench.store.Workspace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// `commission resolve --creator @handle --product ID [--at ISO-8601] [--json]`: which rate a
/// creator earns on a product at a moment, from which plan and rule, since when (R-COM-1 … R-COM-4).
/// Also `commission conflicts --product ID [--at …]` (who gets which rate when several plans hold a
/// product) and `commission pending --plan ID` (edits not yet felt by creators in it, R-PLAN-10).
final class CommissionCommand implements Command {

    @Override
    public String name() {
        return "commission";
    }

    @Override
    public String usage() {
        return "commission resolve --creator @handle --product ID [--at ISO-8601] [--json]   which rate applies and why"
                + " (also: commission conflicts --product ID [--at …], commission pending --plan ID)";
    }

    @Override
    public List<String> subcommands() {
        return List.of("resolve", "conflicts", "pending");
    }

    @Override
    public List<Flag> flags(String subcommand) {
        Flag at = Flag.of("at", "ISO-8601", "the moment (default now); a local time is read in the seller's zone");
        Flag product = Flag.of("product", "ID", "the product");
        return switch (subcommand) {
            case "resolve" -> List.of(Flag.of("creator", "@HANDLE", "the creator"), product, at, Flag.JSON);
            case "conflicts" -> List.of(product, at, Flag.JSON);
            case "pending" -> List.of(Flag.of("plan", "ID", "the plan"), Flag.JSON);
            default -> null;
        };
    }

    @Override
    public List<String> examples() {
        return List.of("commission resolve --creator @linh.beauty --product 1729384756001 --at 2026-11-24T10:30:00+07:00 --json");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String sub = args.positional(0, "subcommand: commission resolve --creator @handle --product ID");
        return switch (sub) {
            case "resolve" -> resolve(context, args);
            case "conflicts" -> conflicts(context, args);
            case "pending" -> pending(context, args);
            default -> throw new InputRejectedException("Unknown subcommand \"" + sub
                    + "\"; use: commission resolve | conflicts | pending");
        };
    }

    private int resolve(CliContext context, Args args) throws Exception {
        String handle = args.flag("creator").filter(s -> !s.isBlank())
                .orElseThrow(() -> new InputRejectedException("--creator @handle is required"));
        String productId = args.flag("product").filter(s -> !s.isBlank())
                .orElseThrow(() -> new InputRejectedException("--product ID is required"));
        Workspace workspace = context.workspace();
        ZoneId zone = workspace.settings().timeZone();
        Instant at = args.flag("at").map(text -> parseMoment(text, zone)).orElse(context.clock().instant());
        Creator creator = workspace.creators().findByHandle(handle)
                .orElseThrow(() -> new InputRejectedException("No creator with the handle " + handle + " in this workspace"));
        if (workspace.products().findById(productId.trim()).isEmpty()) {
            throw new InputRejectedException("No product with the id " + productId + " in this workspace");
        }
        Resolution resolution = new RateResolver(EngineInputs.commissionSnapshot(workspace))
                .resolve(creator.id(), productId.trim(), at).withCreator(creator.displayHandle());
        String explanation = resolution.explain(Messages.forLocale(Locale.getDefault()), zone);
        if (args.json()) {
            context.printJson(toJson(resolution, zone, explanation));
        } else {
            context.out().println(explanation);
        }
        return Cli.OK;
    }

    private int conflicts(CliContext context, Args args) throws Exception {
        String productId = args.flag("product").filter(t -> !t.isBlank()).map(String::trim)
                .orElseThrow(() -> new InputRejectedException("--product ID is required"));
        Workspace workspace = context.workspace();
        ZoneId zone = workspace.settings().timeZone();
        Instant at = args.flag("at").map(text -> parseMoment(text, zone)).orElse(context.clock().instant());
        if (workspace.products().findById(productId).isEmpty()) {
            throw new InputRejectedException("No product with the id " + productId + " in this workspace");
        }
        ConflictTable table = new RateResolver(EngineInputs.commissionSnapshot(workspace)).conflicts(productId, at);
        Messages messages = Messages.forLocale(Locale.getDefault());
        if (args.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("product", productId);
            json.put("at", at.toString());
            json.put("plans", table.plans().stream().map(o -> plan(o.plan(), o.rate())).toList());
            json.put("creators", table.rows().stream().map(row -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("creator", row.creator());
                r.put("standings", row.standings().stream().map(st -> {
                    Map<String, Object> m = plan(st.plan(), st.rate());
                    m.put("status", st.status());
                    return m;
                }).toList());
                r.put("rule", row.resolution().rule().name());
                r.put("ratePercent", percent(row.resolution().rate()));
                r.put("planId", row.resolution().plan() == null ? null : row.resolution().plan().id());
                r.put("explanation", row.resolution().explain(messages, zone));
                return r;
            }).toList());
            context.printJson(json);
        } else {
            table.rows().forEach(row -> context.out().println(row.resolution().explain(messages, zone)));
        }
        return Cli.OK;
    }

    private int pending(CliContext context, Args args) throws Exception {
        String text = args.flag("plan").orElseThrow(() -> new InputRejectedException("--plan ID is required"));
        long planId;
        try {
            planId = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InputRejectedException("--plan must be a plan id, not \"" + text + "\"");
        }
        Workspace workspace = context.workspace();
        if (workspace.plans().findById(planId).isEmpty()) {
            throw new InputRejectedException("No plan with the id " + planId + " in this workspace");
        }
        ZoneId zone = workspace.settings().timeZone();
        Messages messages = Messages.forLocale(Locale.getDefault());
        List<PendingChange> pending = new RateResolver(EngineInputs.commissionSnapshot(workspace))
                .pendingChanges(planId, context.clock().instant());
        if (args.json()) {
            context.printJson(pending.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", p.kind().name());
                m.put("product", p.productId());
                m.put("creator", p.creator());
                m.put("oldRatePercent", percent(p.oldRate()));
                m.put("newRatePercent", percent(p.newRate()));
                m.put("changedAt", p.changedAt().toString());
                m.put("effectiveAt", p.effectiveAt().toString());
                m.put("effectiveLocal", p.effectiveAt().atZone(zone).toOffsetDateTime().toString());
                m.put("text", p.describe(messages, zone));
                return m;
            }).toList());
        } else {
            pending.forEach(p -> context.out().println(p.describe(messages, zone)));
        }
        return Cli.OK;
    }

    private static Map<String, Object> plan(Plan plan, Rate rate) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", plan.id());
        json.put("name", plan.name());
        json.put("type", plan.type().name());
        json.put("ratePercent", percent(rate));
        return json;
    }

    private static String percent(Rate rate) {
        return rate == null ? null : rate.asPercent().toPlainString();
    }

    /// An ISO-8601 instant or offset date-time as given; a local date-time or a date in the seller's zone.
    static Instant parseMoment(String text, ZoneId zone) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(t).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InputRejectedException("--at must be an ISO-8601 moment such as 2026-03-28T15:00:00Z, "
                    + "2026-03-28T15:00 (seller's time zone) or 2026-03-28, not \"" + text + "\"");
        }
    }

    private static Map<String, Object> toJson(Resolution r, ZoneId zone, String explanation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("creator", r.creator());
        json.put("creatorId", r.creatorId());
        json.put("product", r.productId());
        json.put("productTitle", r.product());
        json.put("at", r.at().toString());
        json.put("atLocal", r.at().atZone(zone).toOffsetDateTime().toString());
        json.put("rule", r.rule().name());
        json.put("earns", r.earns());
        json.put("ratePercent", r.rate() == null ? null : r.rate().asPercent().toPlainString());
        json.put("rateBasisPoints", r.rate() == null ? null : r.rate().basisPoints());
        if (r.plan() == null) {
            json.put("plan", null);
        } else {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("id", r.plan().id());
            plan.put("name", r.plan().name());
            plan.put("type", r.plan().type().name());
            json.put("plan", plan);
        }
        json.put("since", r.since() == null ? null : r.since().toString());
        json.put("sinceLocal", r.since() == null ? null : r.since().atZone(zone).toOffsetDateTime().toString());
        json.put("revoked", r.revoked());
        json.put("explanation", explanation);
        return json;
    }
}
