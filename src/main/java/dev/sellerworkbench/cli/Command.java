package dev.sellerworkbench.cli;

import java.util.List;
import java.util.Set;

/// One headless command (`seller-workbench COMMAND …`). Thin: parses its flags and calls the
/// same services the window uses.
public interface Command {

    /// The word that selects the command, e.g. `info`.
    String name();

    /// One line of usage shown by `help`.
    String usage();

    /// Flags that take no value (besides `--json`, which every command accepts).
    default Set<String> booleanFlags() {
        return Set.of();
    }

    /// The words that may follow the command's name (`list`, `decide` …); empty when it takes none.
    default List<String> subcommands() {
        return List.of();
    }

    /// The flags `COMMAND SUBCOMMAND …` knows (`subcommand` is "" for a command without any). Null
    /// when the command has not declared them: its flags are then read without a check.
    default List<Flag> flags(String subcommand) {
        return null;
    }

    /// Example command lines that `help COMMAND` shows.
    default List<String> examples() {
        return List.of();
    }

    /// Runs the command; returns the exit code (0 done, 2 input rejected). Throw
    /// [InputRejectedException] for bad input; anything else is an internal error (exit 1).
    int run(CliContext context, Args args) throws Exception;
}
