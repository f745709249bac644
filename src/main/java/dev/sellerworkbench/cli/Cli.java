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
        register(new ApplicationsCommand());
        register(new AuditCommand());
        register(new InsightsCommand());
        register(new SettingsCommand());
        register(new SamplesCommand());
        register(new CategoriesCommand());
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
        if (tokens.size() > 1 && (tokens.get(0).equals("help") || tokens.get(0).equals("--help"))) {
            return printHelp(tokens.get(1), out, err);
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
        if (tokens.size() > 1 && tokens.get(tokens.size() - 1).equals("--help")) {
            return printHelp(tokens.get(0), out, err);
        }
        Path logs = startLog(location);
        try (CliContext context = new CliContext(location, out, err, clock)) {
            List<String> rest = tokens.subList(1, tokens.size());
            String sub = rest.isEmpty() || rest.get(0).startsWith("--") ? "" : rest.get(0);
            List<Flag> known = command.subcommands().isEmpty() ? command.flags("")
                    : command.subcommands().contains(sub) ? command.flags(sub) : null;
            Args parsed = known == null ? Args.parse(rest, command.booleanFlags())
                    : Args.parse(rest, known, command.name() + (sub.isEmpty() || command.subcommands().isEmpty() ? "" : " " + sub));
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

    /// `help COMMAND`: the command's usage, each subcommand's flags with what they do, and examples.
    private int printHelp(String name, PrintStream out, PrintStream err) {
        Command command = commands.get(name);
        if (command == null) {
            err.println("Unknown command \"" + name + "\". Run \"seller-workbench help\" for the list.");
            return REJECTED;
        }
        out.println("Usage: seller-workbench [--workspace DIR|postgresql://HOST:PORT/DB] " + command.usage());
        List<String> subs = command.subcommands().isEmpty() ? List.of("") : command.subcommands();
        for (String sub : subs) {
            List<Flag> flags = command.flags(sub);
            if (flags == null) {
                continue;
            }
            out.println();
            out.println(name + (sub.isEmpty() ? "" : " " + sub) + (flags.isEmpty() ? ": no flags" : ":"));
            int width = flags.stream().mapToInt(f -> f.synopsis().length()).max().orElse(0);
            for (Flag flag : flags) {
                out.println("  " + flag.synopsis() + " ".repeat(width - flag.synopsis().length() + 3) + flag.help());
            }
        }
        if (!command.examples().isEmpty()) {
            out.println();
            out.println(command.examples().size() == 1 ? "Example:" : "Examples:");
            command.examples().forEach(example -> out.println("  seller-workbench " + example));
        }
        return OK;
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
        out.println("\"help COMMAND\" shows a command's flags with an example.");
    }
}
