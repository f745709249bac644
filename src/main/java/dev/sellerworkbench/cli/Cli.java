package dev.sellerworkbench.cli;

import dev.sellerworkbench.logging.Logs;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.store.WorkspaceAddress;
import dev.sellerworkbench.store.WorkspaceException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Runs one headless command. Exit codes: 0 done, 2 input rejected (nothing written), 1 internal
/// error. Messages go to stderr; `--json` results to stdout; failures with their stack traces go to
/// the log in the workspace's `logs` folder ([Logs]), which the message names.
public final class Cli {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Cli.class);

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int REJECTED = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli() {
        register(new InfoCommand());
        register(new DemoCommand());
        register(new BackupCommand());
        register(new RestoreCommand());
        register(new CommissionCommand());
        register(new SettleCommand());
        register(new ImportCommand());
        register(new InvitationsCommand());
        register(new CreatorsCommand());
        register(new LevelsCommand());
        register(new PlansCommand());
        register(new WorkspaceCommand());
    }

    private void register(Command command) {
        commands.put(command.name(), command);
    }

    public static boolean isCommand(String word) {
        return new Cli().commands.containsKey(word) || word.equals("help");
    }

    /// Runs `args` (global flags such as `--workspace DIR` may stand anywhere).
    public int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        List<String> tokens = new ArrayList<>(Arrays.asList(args));
        String location = Workspace.defaultFolder().toString();
        int at = tokens.indexOf("--workspace");
        if (at >= 0) {
            if (at + 1 >= tokens.size()) {
                err.println("--workspace needs a folder or a postgresql://host:port/database URL");
                return REJECTED;
            }
            location = tokens.get(at + 1);
            tokens.remove(at + 1);
            tokens.remove(at);
        }
        if (tokens.isEmpty() || tokens.get(0).equals("help") || tokens.get(0).equals("--help")) {
            printUsage(out);
            return OK;
        }
        Command command = commands.get(tokens.get(0));
        if (command == null) {
            err.println("Unknown command \"" + tokens.get(0) + "\". Run \"seller-workbench help\" for the list.");
            return REJECTED;
        }
        Path logs = startLog(location);
        try (CliContext context = new CliContext(location, out, err, clock)) {
            Args parsed = Args.parse(tokens.subList(1, tokens.size()), command.booleanFlags());
            return command.run(context, parsed);
        } catch (InputRejectedException e) {
            err.println(e.getMessage());
            return REJECTED;
        } catch (Exception e) {
            // a full disk or a read-only folder is told in plain words, never as a stack trace
            var known = dev.sellerworkbench.store.StoreErrors.classify(e);
            if (known.isPresent()) {
                LOG.warn("Command {} failed", command.name(), e);
                err.println(dev.sellerworkbench.i18n.Messages.forLocale(java.util.Locale.getDefault())
                        .get(known.get().key(), location));
                return INTERNAL_ERROR;
            }
            if (e instanceof WorkspaceException || e instanceof IllegalArgumentException) {
                LOG.warn("Command {} refused", command.name(), e);
                err.println(e.getMessage());
                return REJECTED;
            }
            LOG.error("Command {} failed", command.name(), e);
            err.println("Internal error: " + e.getMessage() + " — the details are in the log in " + logs);
            return INTERNAL_ERROR;
        }
    }

    /// The log goes to the workspace's folder (the default data folder for a team workspace).
    private static Path startLog(String location) {
        Path dataFolder;
        try {
            dataFolder = WorkspaceAddress.isTeam(location) ? Workspace.defaultFolder() : Path.of(location);
        } catch (InvalidPathException e) {
            dataFolder = Workspace.defaultFolder();
        }
        Path logs = Logs.writeTo(dataFolder);
        Logs.quietConsole();
        return logs;
    }

    private void printUsage(PrintStream out) {
        out.println("Usage: seller-workbench [--workspace DIR|postgresql://HOST:PORT/DB] [COMMAND …]");
        out.println("With no command the window opens. Commands:");
        for (Command command : commands.values()) {
            out.println("  " + command.usage());
        }
    }
}
