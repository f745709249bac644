package dev.sellerworkbench.level;

import dev.sellerworkbench.i18n.Messages;
import java.util.Locale;

/// A level profile that cannot be used: malformed JSON or inconsistent rules. Names the field,
/// e.g. `regions.VN.levels[4].gmv`, so a user editing thresholds finds the mistake.
public final class ProfileException extends IllegalArgumentException {

    private final String field;
    private final String key;
    private final transient Object[] args;

    public ProfileException(String field, String key, Object... args) {
        super(format(Messages.forLocale(Locale.ENGLISH), field, key, args));
        this.field = field;
        this.key = key;
        this.args = args.clone();
    }

    /// The offending field's path in the document; `(document)` when the JSON itself is broken.
    public String field() {
        return field;
    }

    /// The problem's message key in the `levels` bundle.
    public String key() {
        return key;
    }

    /// The message in the user's language.
    public String message(Messages messages) {
        return format(messages, field, key, args);
    }

    private static String format(Messages messages, String field, String key, Object[] args) {
        return messages.get("levels.profile.error", field, messages.get(key, args));
    }
}
