package dev.sellerworkbench.cli;

/// A flag a command knows: `--name VALUE`, or a switch when `value` is null, and what it does.
/// `help COMMAND` prints them; a flag no command declared is refused with the closest known one.
public record Flag(String name, String value, String help) {

    public static final Flag JSON = toggle("json", "print the result as JSON on stdout");

    public static Flag of(String name, String value, String help) {
        return new Flag(name, value, help);
    }

    public static Flag toggle(String name, String help) {
        return new Flag(name, null, help);
    }

    public boolean takesValue() {
        return value != null;
    }

    /// `--status S` or `--json`, as usage lines show it.
    public String synopsis() {
        return "--" + name + (value == null ? "" : " " + value);
    }
}
