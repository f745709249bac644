package dev.sellerworkbench.cli;

import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.commission.PlanProblem;
import dev.sellerworkbench.commission.PlanSaveResult;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.exchange.PlanFile;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// `plans list [--json]`, `plans export ID FILE`, `plans import FILE`: the plan files staff pass
/// between desktops (docs/plan-file.md). An import arrives as a draft; its problems are listed the
/// way publishing would list them, so nothing is published by importing.
final class PlansCommand implements Command {

    @Override
    public String name() {
        return "plans";
    }

    @Override
    public String usage() {
        return "plans list [--json] | plans export ID FILE | plans import FILE | plans publish ID [--json]"
                + " | plans link ID URL|--clear [--collaboration-id X] [--json]   plans and plan files between desktops";
    }

    @Override
    public java.util.Set<String> booleanFlags() {
        return java.util.Set.of("clear");
    }

    @Override
    public List<String> subcommands() {
        return List.of("list", "export", "import", "publish", "link");
    }

    @Override
    public List<String> examples() {
        return List.of("plans publish 12 --json",
                "plans link 12 https://affiliate.tiktok.com/seller/im?plan=7302000000000000001 --collaboration-id 7302000000000000001");
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return switch (subcommand) {
            case "list" -> List.of(Flag.JSON);
            case "export", "import" -> List.of();
            case "publish" -> List.of(Flag.JSON);
            case "link" -> List.of(Flag.toggle("clear", "remove the plan's invitation link"),
                    Flag.of("collaboration-id", "X", "the platform's id of the targeted collaboration"), Flag.JSON);
            default -> null;
        };
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String sub = args.positional(0, "subcommand: plans list | export ID FILE | import FILE");
        return switch (sub) {
            case "list" -> list(context, args);
            case "export" -> export(context, args);
            case "import" -> importPlan(context, args);
            case "publish" -> publish(context, args);
            case "link" -> link(context, args);
            default -> throw new InputRejectedException("Unknown subcommand \"" + sub
                    + "\"; use: plans list | export | import | publish | link");
        };
    }

    private int list(CliContext context, Args args) throws Exception {
        Workspace workspace = context.workspace();
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (Plan plan : workspace.plans().findAll().stream()
                .sorted(java.util.Comparator.comparingLong(Plan::id)).toList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", plan.id());
            row.put("type", plan.type().name());
            row.put("name", plan.name());
            row.put("status", plan.status().name());
            row.put("products", workspace.plans().items(plan.id()).stream().filter(i -> i.removedAt() == null).count());
            row.put("creators", workspace.plans().countCreators(plan.id()));
            rows.add(row);
        }
        if (args.json()) {
            context.printJson(rows);
        } else {
            for (Map<String, Object> row : rows) {
                context.out().printf("%6d  %-8s  %-9s  %4d products  %3d creators  %s%n", row.get("id"), row.get("type"),
                        row.get("status"), row.get("products"), row.get("creators"), row.get("name"));
            }
        }
        return Cli.OK;
    }

    private int export(CliContext context, Args args) throws Exception {
        long id = planId(args.positional(1, "plan id: plans export ID FILE"));
        Path file = Path.of(args.positional(2, "file: plans export ID FILE"));
        Workspace workspace = context.workspace();
        if (workspace.plans().findById(id).isEmpty()) {
            throw new InputRejectedException("No plan with the id " + id + " in this workspace");
        }
        PlanFile.exportFile(workspace, id, file, context.clock().instant());
        context.err().println("Plan " + id + " written to " + file);
        return Cli.OK;
    }

    private int importPlan(CliContext context, Args args) throws Exception {
        Path file = Path.of(args.positional(1, "file: plans import FILE"));
        if (!Files.isRegularFile(file)) {
            throw new InputRejectedException("No such file: " + file);
        }
        Workspace workspace = context.workspace();
        Messages messages = Messages.forLocale(Locale.getDefault());
        PlanFile.ImportResult result;
        try {
            result = PlanFile.importFile(workspace, context.clock(), file, messages);
        } catch (PlanFile.PlanFileException e) {
            throw new InputRejectedException(e.message(messages));
        }
        for (String handle : result.unknownCreators()) {
            context.err().println("Skipped " + handle + ": no creator with that handle in this workspace");
        }
        // the draft as it was checked before saving, the way publishing checks it (Revoked included)
        for (PlanProblem problem : result.problems()) {
            context.err().println(messages.get("exchange.plan.problem", problem.message(messages)));
        }
        context.out().println(result.planId());
        context.err().println(messages.get(result.problems().isEmpty() ? "exchange.plan.ready" : "exchange.plan.draft",
                String.valueOf(result.planId())));
        return Cli.OK;
    }

    /// Publishes a plan as it is stored, through the same validation as the editor's Publish (R-PLAN-5):
    /// every problem is listed and nothing is published when there is one.
    private int publish(CliContext context, Args args) throws Exception {
        long id = planId(args.positional(1, "plan id: plans publish ID"));
        Workspace workspace = context.workspace();
        Plan plan = workspace.plans().findById(id)
                .orElseThrow(() -> new InputRejectedException("No plan with the id " + id + " in this workspace"));
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        if (plan.status() == PlanStatus.PUBLISHED) {
            throw new InputRejectedException("Plan " + id + " (" + plan.name() + ") is already published");
        }
        PlanSaveResult result = context.services().plans().publish(draftOf(workspace, id));
        if (!result.ok()) {
            StringBuilder text = new StringBuilder("Plan " + id + " (" + plan.name() + ") was not published:");
            result.problems().forEach(p -> text.append(System.lineSeparator()).append("  ").append(p.message(messages)));
            throw new InputRejectedException(text.toString());
        }
        if (args.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("plan", id);
            json.put("status", "published");
            json.put("creators", workspace.plans().countCreators(id));
            context.printJson(json);
        } else {
            context.err().println("Plan " + id + " (" + plan.name() + ") published");
        }
        return Cli.OK;
    }

    /// Sets a targeted plan's Seller Center invitation link (R-IN-6) and the platform's collaboration id.
    private int link(CliContext context, Args args) throws Exception {
        long id = planId(args.positional(1, "plan id: plans link ID URL"));
        Workspace workspace = context.workspace();
        Plan plan = workspace.plans().findById(id)
                .orElseThrow(() -> new InputRejectedException("No plan with the id " + id + " in this workspace"));
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        PlanService service = context.services().plans();
        boolean clear = args.has("clear");
        if (args.positionals().size() > 2 || clear) {
            String url = clear ? null : args.positionals().get(2);
            PlanSaveResult result = service.setLink(id, url, plan.version());
            if (!result.ok()) {
                throw new InputRejectedException(result.problems().getFirst().message(messages));
            }
        } else if (!args.has("collaboration-id")) {
            throw new InputRejectedException("Give the link (plans link ID URL), --clear, or --collaboration-id X");
        }
        if (args.has("collaboration-id")) {
            PlanSaveResult result = service.setCollaborationId(id, args.flag("collaboration-id").orElse(""));
            if (!result.ok()) {
                throw new InputRejectedException(result.problems().getFirst().message(messages));
            }
        }
        Plan now = workspace.plans().findById(id).orElseThrow();
        if (args.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("plan", id);
            json.put("link", now.baseLink());
            json.put("collaboration_id", workspace.plans().collaborationId(id).orElse(null));
            context.printJson(json);
        } else {
            context.err().println("Plan " + id + ": link " + (now.baseLink() == null ? "—" : now.baseLink()));
        }
        return Cli.OK;
    }

    private static PlanDraft draftOf(Workspace workspace, long planId) {
        Plan plan = workspace.plans().findById(planId).orElseThrow();
        List<PlanDraft.Item> items = workspace.plans().items(planId).stream().filter(i -> i.removedAt() == null)
                .map(PlansCommand::item).toList();
        List<Long> creators = workspace.plans().creators(planId).stream()
                .filter(pc -> pc.status() != InvitationStatus.REMOVED).map(PlanCreator::creatorId).toList();
        return new PlanDraft(plan, items, creators);
    }

    private static PlanDraft.Item item(PlanItem i) {
        return new PlanDraft.Item(i.productId(), i.rate().basisPoints() == 0 ? null : i.rate(), i.reason());
    }

    private static long planId(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InputRejectedException("The plan id must be a number, not \"" + text + "\"");
        }
    }
}
