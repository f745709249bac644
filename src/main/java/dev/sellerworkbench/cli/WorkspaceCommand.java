package dev.sellerworkbench.cli;

import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.store.WorkspaceCopy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// `workspace copy --from A --to B [--json]`: moves a whole workspace between a folder and a team
/// workspace (either way), verified by row counts and column sums per table before it commits.
final class WorkspaceCommand implements Command {

    @Override
    public String name() {
        return "workspace";
    }

    @Override
    public String usage() {
        return "workspace copy --from A --to B [--json]   copy a workspace (folder or postgresql://…) into an empty one";
    }

    @Override
    public List<String> subcommands() {
        return List.of("copy");
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return subcommand.equals("copy") ? List.of(Flag.of("from", "A", "the workspace to copy: a folder or postgresql:// URL"),
                Flag.of("to", "B", "the empty workspace to fill: a folder or postgresql:// URL"), Flag.JSON) : null;
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String action = args.positional(0, "action (copy)");
        if (!action.equals("copy")) {
            throw new InputRejectedException("Unknown workspace action \"" + action + "\"; try: workspace copy --from A --to B");
        }
        String from = args.flag("from").orElseThrow(() -> new InputRejectedException("workspace copy needs --from"));
        String to = args.flag("to").orElseThrow(() -> new InputRejectedException("workspace copy needs --to"));
        if (from.equals(to)) {
            throw new InputRejectedException("--from and --to are the same workspace");
        }
        WorkspaceCopy.Report report;
        try (Workspace source = Workspace.open(from); Workspace target = Workspace.open(to)) {
            report = WorkspaceCopy.copy(source, target);
        } catch (WorkspaceCopy.CopyMismatchException e) {
            print(context, args, e.report());
            context.err().println(e.getMessage());
            return Cli.INTERNAL_ERROR;
        }
        print(context, args, report);
        return Cli.OK;
    }

    private static void print(CliContext context, Args args, WorkspaceCopy.Report report) throws Exception {
        if (args.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("from", report.from());
            json.put("to", report.to());
            json.put("schemaVersion", report.schemaVersion());
            json.put("verified", report.verified());
            json.put("rows", report.rows());
            json.put("millis", report.millis());
            List<Map<String, Object>> tables = report.tables().stream().map(t -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("table", t.table());
                row.put("sourceRows", t.sourceRows());
                row.put("targetRows", t.targetRows());
                row.put("matches", t.matches());
                row.put("sums", t.targetSums());
                return row;
            }).toList();
            json.put("tables", tables);
            context.printJson(json);
            return;
        }
        var out = context.out();
        out.printf("Copy %s -> %s (schema %d)%n", report.from(), report.to(), report.schemaVersion());
        out.printf("%-22s %12s %12s  %s%n", "table", "source rows", "copied rows", "rows and sums");
        for (WorkspaceCopy.TableCheck t : report.tables()) {
            out.printf("%-22s %12d %12d  %s%n", t.table(), t.sourceRows(), t.targetRows(), t.matches() ? "match" : "DIFFER");
        }
        out.printf("%s: %d rows in %d ms%n", report.verified() ? "Verified" : "NOT verified", report.rows(), report.millis());
    }
}
