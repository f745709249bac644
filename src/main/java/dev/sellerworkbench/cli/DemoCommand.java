package dev.sellerworkbench.cli;

import java.util.List;
import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.store.Workspace;
import java.util.Map;

/// `demo [--creators N]`: fills an empty workspace with the demo data set.
final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo [--creators N] [--json]       fill an empty workspace with demo data (default 20,000 creators)";
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return List.of(Flag.of("creators", "N", "how many creators to make (default 20,000)"), Flag.JSON);
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        int creators = args.intFlag("creators", DemoGenerator.DEFAULT_CREATORS);
        if (creators < 1) {
            throw new InputRejectedException("--creators must be at least 1");
        }
        Workspace workspace = context.workspace();
        if (workspace.creators().count() > 0 || workspace.products().count() > 0) {
            throw new InputRejectedException("The workspace " + workspace.location()
                    + " already holds data; the demo fills only an empty workspace. Nothing was changed.");
        }
        long start = System.nanoTime();
        new DemoGenerator(workspace, context.clock(), context.progress()).generate(creators);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (args.json()) {
            context.printJson(Map.of("creators", creators, "millis", millis, "workspace", workspace.location()));
        } else {
            context.err().println("Demo workspace with " + creators + " creators ready in " + millis + " ms: " + workspace.location());
        }
        return Cli.OK;
    }
}
