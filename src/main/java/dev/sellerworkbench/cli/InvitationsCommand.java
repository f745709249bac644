package dev.sellerworkbench.cli;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.exchange.InvitationExport;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.invitations.Collaborations;
import dev.sellerworkbench.invitations.InvitationTexts;
import dev.sellerworkbench.invitations.InvitationTokens;
import dev.sellerworkbench.invitations.PlanInvitations;
import dev.sellerworkbench.invitations.TokenCheck;
import dev.sellerworkbench.outreach.Outreach;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/// `invitations export --plan ID --out DIR` writes a targeted plan's invitations (CSV and
/// printable page, R-IN-3) and lists creators without a WhatsApp link (R-IN-4);
/// `invitations verify TOKEN` says whose invitation a token is (R-IN-2);
/// `invitations status --plan ID --creator @h accepted|declined|removed [--at ISO-8601] [--note T]`
/// records what a creator did, and `invitations showcase --plan ID --creator @h --product ID…` which
/// of the plan's products they added to their showcase (R-IN-5, R-PLAN-11).
final class InvitationsCommand implements Command {

    @Override
    public String name() {
        return "invitations";
    }

    @Override
    public String usage() {
        return "invitations export --plan ID --out DIR [--lang TAG] [--json] | invitations verify TOKEN [--json]"
                + " | invitations status --plan ID --creator @handle accepted|declined|removed [--at ISO-8601] [--note T] [--json]"
                + " | invitations showcase --plan ID --creator @handle --product ID [ID …] [--json]"
                + " | invitations follow-ups [--json]";
    }

    @Override
    public List<String> subcommands() {
        return List.of("export", "verify", "status", "showcase", "follow-ups");
    }

    @Override
    public List<Flag> flags(String subcommand) {
        Flag plan = Flag.of("plan", "ID", "the targeted plan");
        Flag creator = Flag.of("creator", "@HANDLE", "the creator");
        return switch (subcommand) {
            case "export" -> List.of(plan, Flag.of("out", "DIR", "the folder for the CSV and the printable page"),
                    Flag.of("lang", "TAG", "the language of the page's headings (en, vi, id, zh-CN, zh-TW)"), Flag.JSON);
            case "verify" -> List.of(Flag.JSON);
            case "status" -> List.of(plan, creator, Flag.of("at", "ISO-8601", "when it happened (default now)"),
                    Flag.of("note", "TEXT", "a note kept with the invitation"), Flag.JSON);
            case "showcase" -> List.of(plan, creator, Flag.of("product", "ID", "the plan's products in the showcase"),
                    Flag.JSON);
            case "follow-ups" -> List.of(Flag.JSON);
            default -> null;
        };
    }

    @Override
    public List<String> examples() {
        return List.of("invitations status --plan 12 --creator @linh.beauty accepted --at 2026-11-24T10:30:00+07:00",
                "invitations showcase --plan 12 --creator @linh.beauty --product 1729384756001 1729384756002",
                "invitations follow-ups --json");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String action = args.positional(0, "action: export, verify, status, showcase or follow-ups");
        return switch (action) {
            case "export" -> export(context, args);
            case "verify" -> verify(context, args);
            case "status" -> status(context, args);
            case "showcase" -> showcase(context, args);
            case "follow-ups" -> followUps(context, args);
            default -> throw new InputRejectedException("Unknown action \"" + action
                    + "\": use export, verify, status, showcase or follow-ups");
        };
    }

    private int status(CliContext context, Args args) throws Exception {
        long planId = planId(args);
        Creator creator = creator(context, args);
        String word = args.positional(1, "the new status: accepted, declined or removed");
        InvitationStatus to = switch (word.toLowerCase(Locale.ROOT)) {
            case "accepted" -> InvitationStatus.ACCEPTED;
            case "declined" -> InvitationStatus.DECLINED;
            case "removed" -> InvitationStatus.REMOVED;
            default -> throw new InputRejectedException("Unknown status \"" + word + "\": use accepted, declined or removed");
        };
        Instant at = args.flag("at").map(text -> moment(context, text)).orElse(null);
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        Collaborations.Change change;
        try {
            change = context.services().collaborations()
                    .record(planId, List.of(creator.id()), to, at, args.flag("note").orElse(null), null);
        } catch (Collaborations.Refused e) {
            throw new InputRejectedException(e.message(messages));
        }
        PlanCreator now = context.workspace().plans().creators(planId).stream()
                .filter(pc -> pc.creatorId() == creator.id()).findFirst().orElseThrow();
        if (args.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("plan", planId);
            json.put("creator", creator.displayHandle());
            json.put("status", now.status().name().toLowerCase(Locale.ROOT));
            json.put("changed", !change.isEmpty());
            json.put("accepted_at", now.acceptedAt() == null ? null : now.acceptedAt().toString());
            json.put("declined_at", now.declinedAt() == null ? null : now.declinedAt().toString());
            json.put("removed_at", now.removedAt() == null ? null : now.removedAt().toString());
            context.printJson(json);
        } else {
            context.out().println(creator.displayHandle() + ": " + InvitationTexts.status(messages, now.status())
                    + (change.isEmpty() ? " (unchanged)" : ""));
        }
        return Cli.OK;
    }

    /// Sent invitations with no answer after the follow-up days of Settings, longest waiting first (R-OUT-3).
    private int followUps(CliContext context, Args args) throws Exception {
        if (args.positionals().size() > 1) {
            throw new InputRejectedException("Unexpected \"" + args.positionals().get(1) + "\"");
        }
        Outreach outreach = context.services().outreach();
        List<Outreach.FollowUp> due = outreach.followUps();
        if (args.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Outreach.FollowUp f : due) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("plan", f.plan().id());
                json.put("plan_name", f.plan().name());
                json.put("creator", f.creator().displayHandle());
                json.put("last_contacted", f.lastOutreach().toString());
                json.put("days_waiting", f.daysWaiting());
                rows.add(json);
            }
            context.printJson(rows);
        } else {
            for (Outreach.FollowUp f : due) {
                context.out().println(String.join("\t", f.creator().displayHandle(), f.plan().name(),
                        f.lastOutreach().toString(), f.daysWaiting() + " d"));
            }
        }
        context.err().println(due.size() + " invitation" + (due.size() == 1 ? "" : "s") + " sent with no answer after "
                + outreach.followUpDays() + " days or more");
        return Cli.OK;
    }

    private int showcase(CliContext context, Args args) throws Exception {
        long planId = planId(args);
        Creator creator = creator(context, args);
        List<String> products = new ArrayList<>();
        args.flag("product").ifPresent(first -> products.addAll(List.of(first.split(","))));
        // `--product A B C`: the ids after the first arrive as positionals
        products.addAll(args.positionals().subList(1, args.positionals().size()));
        List<String> ids = products.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!args.has("product")) {
            throw new InputRejectedException("--product ID is required (several ids may follow; none given clears it with --product \"\")");
        }
        Set<String> shown;
        try {
            shown = context.services().collaborations().setShowcase(planId, creator.id(), ids);
        } catch (Collaborations.Refused e) {
            throw new InputRejectedException(e.message(Messages.forLocale(Locale.ENGLISH)));
        }
        if (args.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("plan", planId);
            json.put("creator", creator.displayHandle());
            json.put("showcase", List.copyOf(shown));
            context.printJson(json);
        } else {
            context.out().println(creator.displayHandle() + ": " + (shown.isEmpty() ? "—" : String.join(", ", shown)));
        }
        return Cli.OK;
    }

    private static long planId(Args args) {
        String text = args.flag("plan").orElseThrow(() -> new InputRejectedException("--plan ID is required"));
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InputRejectedException("--plan must be a plan id (a whole number), not \"" + text + "\"");
        }
    }

    private static Creator creator(CliContext context, Args args) {
        String handle = args.flag("creator").filter(s -> !s.isBlank())
                .orElseThrow(() -> new InputRejectedException("--creator @handle is required"));
        return context.workspace().creators().findByHandle(handle.strip())
                .orElseThrow(() -> new InputRejectedException("No creator with the handle " + handle + " in this workspace"));
    }

    /// An ISO-8601 moment, or a local date-time read in the seller's zone.
    private static Instant moment(CliContext context, String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return java.time.LocalDateTime.parse(text.strip())
                            .atZone(context.workspace().settings().timeZone()).toInstant();
                } catch (DateTimeParseException e3) {
                    throw new InputRejectedException("--at must be an ISO-8601 moment such as 2026-12-01T09:30:00+07:00, not \""
                            + text + "\"");
                }
            }
        }
    }

    private int export(CliContext context, Args args) throws Exception {
        String planText = args.flag("plan").orElseThrow(() -> new InputRejectedException("--plan ID is required"));
        String out = args.flag("out").orElseThrow(() -> new InputRejectedException("--out DIR is required"));
        long planId;
        try {
            planId = Long.parseLong(planText.strip());
        } catch (NumberFormatException e) {
            throw new InputRejectedException("--plan must be a plan id (a whole number), not \"" + planText + "\"");
        }
        Messages messages = Messages.forLocale(Locale.forLanguageTag(args.flag("lang").orElse("en")));
        PlanInvitations plan;
        Collaborations collaborations = context.services().collaborations();
        try {
            collaborations.requireSendable(planId);
            plan = context.services().invitations().forPlan(planId);
        } catch (Collaborations.Refused e) {
            throw new InputRejectedException(e.message(Messages.forLocale(Locale.ENGLISH)));
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(e.getMessage());
        }
        Path folder = Path.of(out);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InputRejectedException("--out must be a folder; " + out + " is a file");
        }
        InvitationExport.Result result = new InvitationExport(messages).write(plan, folder);
        // a CSV row and a QR page went out for each of them (R-IN-5)
        collaborations.markSent(planId, plan.invitations().stream().map(i -> i.creatorId()).toList(),
                Collaborations.Channel.CSV);
        if (args.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("plan", plan.plan().id());
            json.put("csv", result.csv().toAbsolutePath().toString());
            json.put("html", result.html().toAbsolutePath().toString());
            json.put("invitations", result.invitations());
            json.put("linked", result.invitations() - result.skipped().size());
            json.put("hasLink", plan.hasLink());
            json.put("skipped", result.skipped());
            context.printJson(json);
        } else {
            context.out().println(messages.get("invitations.export.done", result.invitations(),
                    result.csv().toAbsolutePath().getParent()));
            context.out().println("  " + result.csv().getFileName());
            context.out().println("  " + result.html().getFileName());
            if (!plan.hasLink()) {
                context.err().println(messages.get("invitations.noPlanLink"));
            }
            printSkipped(context, messages, result.skipped());
        }
        return Cli.OK;
    }

    private static void printSkipped(CliContext context, Messages messages, List<InvitationExport.Skipped> skipped) {
        if (skipped.isEmpty()) {
            context.out().println(messages.get("invitations.export.skippedNone"));
            return;
        }
        context.out().println(messages.get("invitations.export.skipped", skipped.size()));
        for (InvitationExport.Skipped s : skipped) {
            context.out().println("  " + s.handle() + "  " + s.reason());
        }
    }

    private int verify(CliContext context, Args args) throws Exception {
        String token = args.positional(1, "TOKEN");
        if (InvitationTokens.extract(token).isEmpty()) {
            throw new InputRejectedException("\"" + token + "\" is not an invitation token (at least 32 hex digits)");
        }
        TokenCheck check = context.services().invitations().tokens().verify(token);
        Map<String, Object> json = new LinkedHashMap<>();
        switch (check) {
            case TokenCheck.Valid v -> {
                json.put("result", "valid");
                json.put("plan", Map.of("id", v.plan().id(), "name", v.plan().name()));
                json.put("creator", Map.of("id", v.creator().id(), "handle", v.creator().displayHandle()));
                json.put("status", v.status().name().toLowerCase(Locale.ROOT));
                if (v.until() != null) {
                    // removed today: the token works until the removal takes effect (R-PLAN-10)
                    json.put("valid_until", v.until().toString());
                }
            }
            case TokenCheck.Revoked r -> {
                json.put("result", "revoked");
                json.put("plan", Map.of("id", r.plan().id(), "name", r.plan().name()));
                json.put("creator", Map.of("id", r.creator().id(), "handle", r.creator().displayHandle()));
            }
            case TokenCheck.Unknown u -> json.put("result", "unknown");
        }
        if (args.json()) {
            context.printJson(json);
        } else {
            context.out().println(InvitationTexts.verdict(Messages.forLocale(Locale.ENGLISH), check,
                    at -> at.atZone(context.workspace().settings().timeZone()).toLocalDateTime().toString()));
        }
        // An unknown or revoked token is an answer, not bad input: scripts read "result".
        return Cli.OK;
    }
}
