package dev.sellerworkbench.settings;

import dev.sellerworkbench.search.TargetAudience;
import java.util.List;
import java.util.Locale;

/// One setting of the seller's that the window and `settings set` both change: its key, what it
/// holds, its default and what it accepts. `key` is what users type; `stored` the name it is kept
/// under (they differ only where the stored form is not the one people speak, e.g. the rate
/// ceiling, spoken in percent and kept in basis points).
///
/// A value is given and shown as text. [#parse] turns it into the stored form, or a [Problem];
/// a blank value of an optional setting means "not set" (its default, or nothing, applies).
public record Setting(String key, String stored, Kind kind, String defaultValue, boolean optional,
                      List<String> choices, int min, int max, String labelKey, String labelArg) {

    /// What a setting holds.
    public enum Kind {
        /// free text up to `max` characters
        TEXT,
        /// one of `choices`
        CHOICE,
        /// a whole number `min`..`max`
        NUMBER,
        /// a rate ceiling in whole percent, one of `choices`, stored in basis points
        PERCENT_AS_BASIS_POINTS,
        /// a target audience such as `female:60,18-24:30` ([TargetAudience])
        AUDIENCE,
        /// an exchange rate and its date, `31500 2026-11-01` ([ExchangeRate], R-ST-6)
        EXCHANGE_RATE
    }

    public Setting {
        choices = List.copyOf(choices);
    }

    /// Why a value was refused: a message key of the `settings` bundle and its arguments after the
    /// setting's label, which is always `{0}`.
    public record Problem(String key, List<Object> args) {
    }

    /// A value read from a user: the text to store (null: remove the setting, so its default
    /// applies), or the problem that refused it.
    public record Parsed(String value, Problem problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    /// Reads what a user typed or picked.
    public Parsed parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return optional ? new Parsed(null, null) : refused("settings.invalid.required");
        }
        return switch (kind) {
            case TEXT -> t.length() <= max ? new Parsed(t, null) : refused("settings.invalid.text", max);
            case CHOICE -> {
                for (String choice : choices) {
                    if (choice.equalsIgnoreCase(t)) {
                        yield new Parsed(choice, null);
                    }
                }
                yield refused("settings.invalid.choice", choiceHint());
            }
            case NUMBER -> {
                Integer n = wholeNumber(t);
                yield n != null && n >= min && n <= max ? new Parsed(String.valueOf(n), null)
                        : refused("settings.invalid.range", min, max);
            }
            case PERCENT_AS_BASIS_POINTS -> {
                Integer n = wholeNumber(t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t);
                yield n != null && choices.contains(String.valueOf(n)) ? new Parsed(String.valueOf(n * 100), null)
                        : refused("settings.invalid.choice", String.join(", ", choices));
            }
            case EXCHANGE_RATE -> {
                try {
                    yield new Parsed(dev.sellerworkbench.domain.ExchangeRate.parse("", t).toSetting(), null);
                } catch (IllegalArgumentException e) {
                    yield refused("settings.invalid.exchangeRate");
                }
            }
            case AUDIENCE -> {
                try {
                    String canonical = TargetAudience.parse(t).toSetting();
                    yield canonical.isEmpty() ? refused("settings.invalid.audience") : new Parsed(canonical, null);
                } catch (IllegalArgumentException e) {
                    yield refused("settings.invalid.audience");
                }
            }
        };
    }

    /// The stored value as users see and type it; null stays null.
    public String shown(String storedValue) {
        if (storedValue == null || kind != Kind.PERCENT_AS_BASIS_POINTS) {
            return storedValue;
        }
        Integer bp = wholeNumber(storedValue.strip());
        return bp == null ? storedValue : bp % 100 == 0 ? String.valueOf(bp / 100)
                : java.math.BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString();
    }

    /// What the CLI prints as the accepted values.
    public String describe() {
        String what = switch (kind) {
            case TEXT -> "text, at most " + max + " characters";
            case CHOICE -> "one of " + choiceHint();
            case NUMBER -> "a whole number " + min + ".." + max;
            case PERCENT_AS_BASIS_POINTS -> "percent, one of " + String.join(", ", choices);
            case AUDIENCE -> "gender and/or age band with minimum shares, e.g. female:60,18-24:30";
            case EXCHANGE_RATE -> "one unit in the shop's currency and the rate's date, e.g. 31500 2026-11-01";
        };
        return what + (optional ? "; empty to unset" : "");
    }

    private String choiceHint() {
        // the time zone list has some six hundred entries: name a few and how they look
        return choices.size() <= 20 ? String.join(", ", choices)
                : String.join(", ", choices.subList(0, 3)) + " … (" + choices.size() + " in all, e.g. Asia/Ho_Chi_Minh)";
    }

    private Parsed refused(String messageKey, Object... args) {
        return new Parsed(null, new Problem(messageKey, List.of(args)));
    }

    private static Integer wholeNumber(String text) {
        if (!text.matches("[+-]?\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(text);
    }

    /// The key with a region code in capitals, so `aftersales.vn` finds `aftersales.VN`.
    static String normaliseKey(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }
}
