package dev.sellerworkbench.cli;

import java.util.List;
import dev.sellerworkbench.store.Backups;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/// `restore FILE [--json]`: replaces the workspace by a backup; the replaced file is kept aside.
final class RestoreCommand implements Command {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "restore FILE [--json]              replace the workspace by a backup (the old file is kept aside)";
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return List.of(Flag.JSON);
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        Path zip = Path.of(args.positional(0, "backup file"));
        if (!Files.isRegularFile(zip)) {
            throw new InputRejectedException("No backup file at " + zip + "; nothing was changed.");
        }
        Path aside = Backups.restore(context.folder(), zip, context.clock());
        // Opening checks the restored database and brings its schema up to date.
        try (Workspace restored = Workspace.open(context.folder())) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("workspace", restored.folder().toString());
            json.put("restoredFrom", zip.toAbsolutePath().toString());
            json.put("replacedFileKeptAt", aside == null ? null : aside.toString());
            json.put("creators", restored.creators().count());
            if (args.json()) {
                context.printJson(json);
            } else {
                context.err().println("Restored " + zip + " into " + restored.folder()
                        + (aside == null ? "" : "; the replaced file is kept at " + aside));
            }
        }
        return Cli.OK;
    }
}
