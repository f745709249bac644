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
        List<String> positionals = new ArrayList<>();
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.startsWith("--") && token.length() > 2) {
                String name = token.substring(2);
                int eq = name.indexOf('=');
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
