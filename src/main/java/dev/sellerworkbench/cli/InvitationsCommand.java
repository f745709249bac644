package dev.sellerworkbench.cli;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.invitations.InvitationExport;
import dev.sellerworkbench.invitations.InvitationTexts;
import dev.sellerworkbench.invitations.InvitationTokens;
import dev.sellerworkbench.invitations.Invitations;
import dev.sellerworkbench.invitations.PlanInvitations;
import dev.sellerworkbench.invitations.TokenCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// `invitations export --plan ID --out DIR` writes a targeted plan's invitations (CSV and
/// printable page, R-IN-3) and lists creators without a WhatsApp link (R-IN-4);
/// `invitations verify TOKEN` says whose invitation a token is (R-IN-2).
final class InvitationsCommand implements Command {

    @Override
    public String name() {
        return "invitations";
    }

    @Override
    public String usage() {
        return "invitations export --plan ID --out DIR [--lang TAG] [--json] | invitations verify TOKEN [--json]";
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String action = args.positional(0, "action: export or verify");
        return switch (action) {
            case "export" -> export(context, args);
            case "verify" -> verify(context, args);
            default -> throw new InputRejectedException("Unknown action \"" + action + "\": use export or verify");
        };
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
        try {
            plan = new Invitations(context.workspace(), context.clock()).forPlan(planId);
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(e.getMessage());
        }
        Path folder = Path.of(out);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InputRejectedException("--out must be a folder; " + out + " is a file");
        }
        InvitationExport.Result result = new InvitationExport(messages).write(plan, folder);
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
        TokenCheck check = new Invitations(context.workspace(), context.clock()).tokens().verify(token);
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
