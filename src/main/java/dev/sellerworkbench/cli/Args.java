package dev.sellerworkbench.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// A command's arguments after its name: positionals and `--flag [value]` options.
public final class Args {

    private final List<String> positionals;
    private final Map<String, String> flags;

    private Args(List<String> positionals, Map<String, String> flags) {
        this.positionals = positionals;
        this.flags = flags;
    }

    /// Parses tokens; a flag in `booleanFlags` takes no value, every other flag takes the next token.
    public static Args parse(List<String> tokens, Set<String> booleanFlags) {
        return parse(tokens, booleanFlags, name -> { });
    }

    private static Args parse(List<String> tokens, Set<String> booleanFlags,
                              java.util.function.Consumer<String> checkName) {
        List<String> positionals = new ArrayList<>();
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.startsWith("--") && token.length() > 2) {
                String name = token.substring(2);
                int eq = name.indexOf('=');
                checkName.accept(eq > 0 ? name.substring(0, eq) : name);
                if (eq > 0) {
                    flags.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (booleanFlags.contains(name) || name.equals("json")) {
                    flags.put(name, "true");
                } else if (i + 1 < tokens.size()) {
                    flags.put(name, tokens.get(++i));
                } else {
                    throw new InputRejectedException("--" + name + " needs a value");
                }
            } else {
                positionals.add(token);
            }
        }
        return new Args(positionals, flags);
    }

    /// Parses tokens against the flags a command declared: a switch takes no value, every other
    /// flag the next token, and a flag not in `known` is refused naming the closest known one
    /// ("did you mean --status?"). `where` names the command in that message.
    public static Args parse(List<String> tokens, List<Flag> known, String where) {
        Set<String> switches = new java.util.HashSet<>();
        Set<String> names = new java.util.LinkedHashSet<>();
        for (Flag flag : known) {
            names.add(flag.name());
            if (!flag.takesValue()) {
                switches.add(flag.name());
            }
        }
        Args args = parse(tokens, switches, name -> {
            if (!names.contains(name)) {
                throw new InputRejectedException(unknown(name, names, where));
            }
        });
        for (String name : switches) {
            String value = args.flags.get(name);
            if (value != null && !value.equals("true")) {
                throw new InputRejectedException("--" + name + " takes no value");
            }
        }
        return args;
    }

    private static String unknown(String name, Set<String> known, String where) {
        String message = "Unknown flag --" + name + " for " + where;
        if (known.isEmpty()) {
            return message + "; it takes no flags";
        }
        return message + "; did you mean --" + closest(name, known) + "? (run \"help " + where.split(" ")[0]
                + "\" for its flags)";
    }

    /// The known name with the fewest single-letter edits from `name`; on a tie, the first declared.
    static String closest(String name, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), candidate);
            if (candidate.startsWith(name) || name.startsWith(candidate)) {
                d = Math.min(d, 1);
            }
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /// Levenshtein distance, with a swap of two neighbouring letters counted as one edit.
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    public List<String> positionals() {
        return positionals;
    }

    public String positional(int index, String what) {
        if (index >= positionals.size()) {
            throw new InputRejectedException("Missing " + what);
        }
        return positionals.get(index);
    }

    public boolean has(String flag) {
        return flags.containsKey(flag);
    }

    public Optional<String> flag(String name) {
        return Optional.ofNullable(flags.get(name));
    }

    public int intFlag(String name, int fallback) {
        String value = flags.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InputRejectedException("--" + name + " must be a whole number, not \"" + value + "\"");
        }
    }

    public boolean json() {
        return flags.containsKey("json");
    }

    public Set<String> flagNames() {
        return flags.keySet();
    }
}
