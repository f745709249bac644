package dev.sellerworkbench.i18n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/// Every user-visible string, in English, Vietnamese, Indonesian, Simplified and Traditional
/// Chinese. Strings live in several bundle families under `dev/sellerworkbench/i18n/` (one per
/// feature, so features do not edit one file); a key is looked up in each family in turn.
public final class Messages extends ResourceBundle {

    /// The bundle families, each `i18n/<name>_<lang>.properties`.
    public static final List<String> FAMILIES = List.of("messages", "levels", "commission", "exchange", "search",
            "plans", "applications", "invitations", "insights", "settings", "categories");

    /// The interface languages.
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"),
            Locale.forLanguageTag("id"), Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private Messages(Locale locale, List<ResourceBundle> bundles) {
        this.locale = locale;
        this.bundles = bundles;
    }

    /// The strings for a locale; zh-HK and zh-MO map to Traditional, zh-SG to Simplified.
    public static Messages forLocale(Locale requested) {
        Locale locale = supported(requested);
        List<ResourceBundle> bundles = FAMILIES.stream()
                .map(family -> load(family, locale))
                .filter(b -> b != null)
                .toList();
        return new Messages(locale, bundles);
    }

    private static ResourceBundle load(String family, Locale locale) {
        try {
            return ResourceBundle.getBundle("dev.sellerworkbench.i18n." + family, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /// Maps any locale onto one of [#LANGUAGES].
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        String language = requested.getLanguage();
        if (language.equals("zh")) {
            String script = requested.getScript();
            String country = requested.getCountry();
            boolean traditional = script.equals("Hant") || country.equals("TW") || country.equals("HK") || country.equals("MO");
            return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
        }
        if (language.equals("vi")) {
            return Locale.forLanguageTag("vi");
        }
        if (language.equals("id") || language.equals("in")) {
            return Locale.forLanguageTag("id");
        }
        return Locale.ENGLISH;
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    /// The string for `key` with `{0}`-style arguments filled in.
    public String get(String key, Object... args) {
        String pattern = getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /// A creator category as staff read it: a platform category id ("601450") by its name from the
    /// editable `i18n/categories_*.properties`, an id the table lacks as "Category 601450", and a
    /// category that is already a name (the workbench's own CSV) as written (R-EX-1).
    public String category(String category) {
        if (category.isEmpty() || !category.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return category;
        }
        String key = "category." + category;
        return has(key) ? get(key) : get("category.unknown", category);
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    @Override
    protected Object handleGetObject(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getObject(key);
            }
        }
        return null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (ResourceBundle bundle : bundles) {
            keys.addAll(bundle.keySet());
        }
        return Collections.enumeration(keys);
    }
}
