package dev.sellerworkbench.i18n;

import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// Creator categories as staff read them in one language (R-EX-1): a platform category id
/// ("601450") by the name the seller gave it in the workspace, else by the shipped
/// `i18n/categories_*.properties`, else as "Category 601450"; a category that is already a name
/// (the workbench's own CSV) as written. Also reads such a name back to its id, so a filter or a
/// search may be typed with the name the screen shows.
public final class CategoryNames {

    /// The language tag of a name the seller gave for every language.
    public static final String ALL_LANGUAGES = "";

    private final Messages messages;
    private final String language;
    /// id → (language tag or [#ALL_LANGUAGES] → name)
    private final Map<String, Map<String, String>> overrides;
    private final Map<String, String> idsByName = new HashMap<>();

    /// `overrides`: the seller's names, id → language tag ([#tag]) or [#ALL_LANGUAGES] → name.
    public CategoryNames(Messages messages, Map<String, Map<String, String>> overrides) {
        this.messages = messages;
        this.language = tag(messages.getLocale());
        this.overrides = Map.copyOf(overrides);
        for (Enumeration<String> keys = messages.getKeys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            if (key.startsWith("category.") && isId(key.substring("category.".length()))) {
                idsByName.put(fold(messages.get(key)), key.substring("category.".length()));
            }
        }
        // the seller's names win over shipped ones that read the same
        overrides.forEach((id, names) -> names.values().forEach(name -> idsByName.put(fold(name), id)));
    }

    /// The shipped names only, with no names of the seller's.
    public static CategoryNames shipped(Messages messages) {
        return new CategoryNames(messages, Map.of());
    }

    /// The tag a language's names are kept under: `en`, `vi`, `id`, `zh-CN`, `zh-TW`.
    public static String tag(Locale locale) {
        return Messages.supported(locale).toLanguageTag();
    }

    /// The tags of the interface languages, in [Messages#LANGUAGES] order.
    public static List<String> tags() {
        return Messages.LANGUAGES.stream().map(CategoryNames::tag).toList();
    }

    /// Whether `category` is a platform category id (digits only) rather than a name.
    public static boolean isId(String category) {
        return !category.isEmpty() && category.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /// The name shown for `category` in this language.
    public String name(String category) {
        if (!isId(category)) {
            return category;
        }
        return own(category).orElseGet(() -> messages.category(category));
    }

    /// The shipped name of `category` in this language ("Category 601450" when none is shipped).
    public String shippedName(String category) {
        return messages.category(category);
    }

    /// Whether a name for `category` is shipped.
    public boolean isShipped(String category) {
        return messages.has("category." + category);
    }

    /// The seller's own name for `category` in this language (or for every language), if any.
    public Optional<String> own(String category) {
        Map<String, String> names = overrides.getOrDefault(category, Map.of());
        String name = names.get(language);
        return Optional.ofNullable(name != null ? name : names.get(ALL_LANGUAGES));
    }

    /// The seller's names for `category`, by language tag ([#ALL_LANGUAGES] for every language).
    public Map<String, String> overrides(String category) {
        return overrides.getOrDefault(category, Map.of());
    }

    /// Whether `other` shows every category as this does (same language, same names of the seller's).
    public boolean sameNames(CategoryNames other) {
        return other != null && language.equals(other.language) && overrides.equals(other.overrides);
    }

    /// Every id the seller named.
    public Collection<String> named() {
        return overrides.keySet();
    }

    /// The category `text` stands for: the id when `text` is a name shown for one (the seller's in
    /// any language, a shipped one in this language or "Category 601450"), else `text` itself.
    public String category(String text) {
        String stripped = text.strip();
        if (isId(stripped)) {
            return stripped;
        }
        String id = idsByName.get(fold(stripped));
        if (id != null) {
            return id;
        }
        String unknown = messages.get("category.unknown", "\u0000");
        int at = unknown.indexOf('\u0000');
        if (at >= 0) {
            String before = unknown.substring(0, at);
            String after = unknown.substring(at + 1);
            if (stripped.length() > before.length() + after.length()
                    && stripped.regionMatches(true, 0, before, 0, before.length())
                    && stripped.regionMatches(true, stripped.length() - after.length(), after, 0, after.length())) {
                String digits = stripped.substring(before.length(), stripped.length() - after.length());
                if (isId(digits)) {
                    return digits;
                }
            }
        }
        return stripped;
    }

    private static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
