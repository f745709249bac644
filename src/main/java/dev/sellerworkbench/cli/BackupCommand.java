package dev.sellerworkbench.cli;

import java.util.List;
import dev.sellerworkbench.store.Backups;
import java.util.LinkedHashMap;
import java.util.Map;

/// `backup [--json]`: a consistent copy of the workspace in its `backups` folder, of the manual
/// kind (the newest ten manual backups are kept; daily and pre-migration ones are not touched).
final class BackupCommand implements Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "backup [--json]                    write a manual backup zip into the workspace's backups folder";
    }

    @Override
    public List<Flag> flags(String subcommand) {
        return List.of(Flag.JSON);
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        Backups.Backup backup = Backups.take(context.workspace(), Backups.Kind.MANUAL, context.clock());
        if (args.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", backup.file().toString());
            json.put("takenAt", backup.takenAt().toString());
            json.put("kind", backup.kind().token());
            context.printJson(json);
        } else {
            context.err().println("Backup written: " + backup.file());
        }
        return Cli.OK;
    }
}
