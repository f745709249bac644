package dev.sellerworkbench.cli;

import java.util.List;
import dev.sellerworkbench.store.Workspace;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/// `info [--json]`: the workspace's folder, schema version and row counts.
final class InfoCommand implements Command {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String usage() {
        return "info [--json]                      workspace folder, schema version and counts";
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return List.of(Flag.JSON);
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        Map<String, Object> info = describe(context.workspace());
        if (args.json()) {
            context.printJson(info);
        } else {
            info.forEach((k, v) -> context.out().println(k + ": " + v));
        }
        return Cli.OK;
    }

    static Map<String, Object> describe(Workspace workspace) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("creators", workspace.creators().count());
        counts.put("products", workspace.products().count());
        Map<String, Long> plans = new LinkedHashMap<>();
        workspace.plans().countByType().forEach((type, n) -> plans.put(lower(type.name()), n));
        counts.put("plans", plans);
        Map<String, Long> applications = new LinkedHashMap<>();
        workspace.applications().countByStatus().forEach((status, n) -> applications.put(lower(status.name()), n));
        counts.put("applications", applications);
        counts.put("orders", workspace.orders().count());
        counts.put("monthlyStats", workspace.stats().count());
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("workspace", workspace.location());
        info.put("schemaVersion", workspace.schemaVersion());
        info.put("counts", counts);
        return info;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

}
