package dev.sellerworkbench.cli;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.queue.Decision;
import dev.sellerworkbench.queue.DecisionOutcome;
import dev.sellerworkbench.queue.QueueException;
import dev.sellerworkbench.queue.StaleDecisionException;
import dev.sellerworkbench.store.Workspace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/// `applications list|decide|expire`: the approval queue (R-AP-1 … R-AP-4) for scripts, through the
/// same [ApprovalQueue] the window decides with. A decision is one transaction over every id given;
/// an id written `ID@VERSION` (the version `list` printed) is refused when a colleague changed the
/// application since, as the window refuses a decision on rows it showed before a colleague's.
final class ApplicationsCommand implements Command {

    /// Rows read per query while listing; every page is read, so a list is never cut short.
    static final int PAGE = 5_000;

    private final Messages messages = Messages.forLocale(Locale.getDefault());

    @Override
    public String name() {
        return "applications";
    }

    @Override
    public String usage() {
        return "applications list [--status S] [--plan ID] [--json] | applications decide approve|reject|remove"
                + " ID[@VERSION]… [--note T] [--json] | applications expire [--json]   the approval queue";
    }

    @Override
    public List<String> subcommands() {
        return List.of("list", "decide", "expire");
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return switch (subcommand) {
            case "list" -> List.of(
                    Flag.of("status", "S", "only applications with this status: " + statusNames()),
                    Flag.of("plan", "ID", "only applications to this open plan (ids from \"plans list\")"),
                    Flag.JSON);
            case "decide" -> List.of(
                    Flag.of("note", "T", "the reason, kept with the decision in the audit log (R-AP-4)"),
                    Flag.JSON);
            case "expire" -> List.of(Flag.JSON);
            default -> null;
        };
    }

    @Override
    public List<String> examples() {
        return List.of("applications list --status pending --plan 3 --json",
                "applications decide approve 41@2 42@1 --note \"fits the Ramadan plan\"",
                "applications expire --json");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String sub = args.positional(0, "subcommand: applications list | decide | expire");
        return switch (sub) {
            case "list" -> list(context, args);
            case "decide" -> decide(context, args);
            case "expire" -> expire(context, args);
            default -> throw new InputRejectedException("Unknown subcommand \"" + sub
                    + "\"; use: applications list | decide | expire");
        };
    }

    // ---------------------------------------------------------------- list

    private int list(CliContext context, Args args) throws Exception {
        noMoreWords(args, 1);
        ApplicationStatus status = args.flag("status").map(ApplicationsCommand::status).orElse(null);
        Workspace workspace = context.workspace();
        Long planId = null;
        if (args.has("plan")) {
            planId = number(args.flag("plan").orElseThrow(), "--plan");
            if (workspace.plans().findById(planId).isEmpty()) {
                throw new InputRejectedException("No plan with the id " + planId + " in this workspace");
            }
        }
        List<Application> applications = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Application> page = workspace.applications().findInQueue(status, planId, offset, PAGE);
            applications.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        List<Map<String, Object>> rows = rows(workspace, context, applications);
        if (args.json()) {
            context.printJson(rows);
        } else {
            for (Map<String, Object> row : rows) {
                context.out().println(String.join("\t", row.get("id") + "@" + row.get("version"),
                        String.valueOf(row.get("status")), "@" + row.get("creator"), String.valueOf(row.get("product")),
                        String.valueOf(row.get("plan")), String.valueOf(row.get("appliedAt"))));
            }
        }
        context.err().println(rows.size() + " application" + (rows.size() == 1 ? "" : "s"));
        return Cli.OK;
    }

    private List<Map<String, Object>> rows(Workspace workspace, CliContext context, List<Application> applications) {
        Map<Long, Creator> creators = new LinkedHashMap<>();
        List<Long> creatorIds = applications.stream().map(Application::creatorId).distinct().toList();
        for (int i = 0; i < creatorIds.size(); i += 1_000) {
            workspace.creators().findByIds(creatorIds.subList(i, Math.min(creatorIds.size(), i + 1_000)))
                    .forEach(c -> creators.put(c.id(), c));
        }
        Map<String, Product> products = workspace.products().findAll().stream()
                .collect(Collectors.toMap(Product::id, Function.identity(), (a, b) -> a));
        Map<Long, Plan> plans = workspace.plans().findAll().stream()
                .collect(Collectors.toMap(Plan::id, Function.identity()));
        int expiryDays = context.services().approvals().expiryDays();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Application a : applications) {
            Creator c = creators.get(a.creatorId());
            Product p = products.get(a.productId());
            Plan plan = plans.get(a.planId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", a.id());
            row.put("externalId", a.externalId());
            row.put("version", a.version());
            row.put("status", a.status().name().toLowerCase(Locale.ROOT));
            row.put("creator", c == null ? null : c.handle());
            row.put("region", c == null ? null : c.region().name());
            row.put("productId", a.productId());
            row.put("product", p == null ? null : p.title());
            row.put("planId", a.planId());
            row.put("plan", plan == null ? null : plan.name());
            row.put("appliedAt", a.appliedAt() == null ? null : a.appliedAt().toString());
            row.put("decidedAt", a.decidedAt() == null ? null : a.decidedAt().toString());
            row.put("expiresAt", a.status() == ApplicationStatus.PENDING && a.appliedAt() != null
                    ? a.appliedAt().plus(Duration.ofDays(expiryDays)).toString() : null);
            row.put("note", a.note());
            rows.add(row);
        }
        return rows;
    }

    // ---------------------------------------------------------------- decide

    private int decide(CliContext context, Args args) throws Exception {
        String word = args.positional(1, "decision: applications decide approve|reject|remove ID…");
        Decision decision = switch (word.toLowerCase(Locale.ROOT)) {
            case "approve" -> Decision.APPROVE;
            case "reject" -> Decision.REJECT;
            case "remove" -> Decision.REMOVE;
            default -> throw new InputRejectedException("Unknown decision \"" + word
                    + "\"; use approve, reject or remove");
        };
        if (args.positionals().size() < 3) {
            throw new InputRejectedException("Missing application ids: applications decide " + word + " ID…");
        }
        List<Long> ids = new ArrayList<>();
        Map<Long, Integer> seen = new LinkedHashMap<>();
        for (String token : args.positionals().subList(2, args.positionals().size())) {
            int at = token.indexOf('@');
            long id = number(at < 0 ? token : token.substring(0, at), "application id");
            if (ids.contains(id)) {
                throw new InputRejectedException("Application " + id + " is given twice; nothing was changed.");
            }
            ids.add(id);
            if (at >= 0) {
                seen.put(id, (int) number(token.substring(at + 1), "version of application " + id));
            }
        }
        Workspace workspace = context.workspace();
        ApprovalQueue queue = context.services().approvals();
        DecisionOutcome outcome;
        try {
            outcome = queue.decide(ids, seen, decision, args.flag("note").orElse(null),
                    workspace.settings().staffName());
        } catch (StaleDecisionException stale) {
            throw new InputRejectedException(conflict(stale));
        } catch (QueueException e) {
            // ids as typed, not grouped as a number ("987654", not "987,654")
            throw new InputRejectedException(messages.get(e.key(),
                    Arrays.stream(e.args()).map(String::valueOf).toArray()));
        }
        if (args.json()) {
            context.printJson(json(outcome));
        } else {
            for (DecisionOutcome.Change change : outcome.changes()) {
                context.out().println(change.applicationId() + "@" + change.versionAfter() + "\t"
                        + after(decision, change));
            }
        }
        context.err().println(messages.get("applications.done." + decision.name().toLowerCase(Locale.ROOT),
                outcome.count()));
        return Cli.OK;
    }

    /// Who changed the application meanwhile, as the window's conflict notice says it.
    private String conflict(StaleDecisionException stale) {
        return stale.lastChange()
                .map(change -> messages.get("applications.conflict.by", String.valueOf(stale.applicationId()),
                        change.actor() == null ? "?" : change.actor(),
                        "REMOVED".equals(change.toStatus()) ? messages.get("applications.conflict.statusRemoved")
                                : change.toStatus().toLowerCase(Locale.ROOT),
                        change.at().toString()))
                .orElse(messages.get("applications.conflict.unknown", String.valueOf(stale.applicationId())));
    }

    private static String after(Decision decision, DecisionOutcome.Change change) {
        return decision == Decision.REMOVE ? "removed" : change.toStatus().name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> json(DecisionOutcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("decision", outcome.decision().name().toLowerCase(Locale.ROOT));
        json.put("at", outcome.at().toString());
        json.put("actor", outcome.actor());
        json.put("applications", outcome.changes().stream().map(change -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", change.applicationId());
            row.put("from", change.fromStatus().name().toLowerCase(Locale.ROOT));
            row.put("to", after(outcome.decision(), change));
            row.put("version", change.versionAfter());
            return row;
        }).toList());
        return json;
    }

    // ---------------------------------------------------------------- expire

    private int expire(CliContext context, Args args) throws Exception {
        noMoreWords(args, 1);
        ApprovalQueue queue = context.services().approvals();
        int days = queue.expiryDays();
        int expired = queue.expireDue(ApprovalQueue.EXPIRY_ACTOR);
        if (args.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("expired", expired);
            json.put("afterDays", days);
            context.printJson(json);
        } else {
            context.out().println(expired);
        }
        context.err().println(expired + " pending application" + (expired == 1 ? "" : "s") + " waited " + days
                + " days or more and expired");
        return Cli.OK;
    }

    // ---------------------------------------------------------------- input

    private static ApplicationStatus status(String text) {
        try {
            return ApplicationStatus.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException("--status must be one of " + statusNames() + ", not \"" + text + "\"");
        }
    }

    private static String statusNames() {
        return Arrays.stream(ApplicationStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
    }

    private static long number(String text, String what) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InputRejectedException("The " + what + " must be a whole number, not \"" + text + "\"");
        }
    }

    private static void noMoreWords(Args args, int expected) {
        if (args.positionals().size() > expected) {
            throw new InputRejectedException("Unexpected word \"" + args.positionals().get(expected) + "\"");
        }
    }
}
