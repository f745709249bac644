package dev.sellerworkbench.invitations;

import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.SettingsRepository;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Invitation message templates, one per creator language, with the placeholders of
/// [#PLACEHOLDERS]. Defaults ship in the `invitations` bundles; an edited template is kept in the
/// workspace settings under `invitations.template.<language tag>`, saved through [MessageSettings]
/// (R-IN-7); saving the shipped text (or a blank one) goes back to the default.
public final class MessageTemplates {

    public static final List<String> PLACEHOLDERS = List.of("creator", "plan", "products", "rates", "endDate", "link",
            "contact");
    static final String SETTING_PREFIX = "invitations.template.";
    static final String DEFAULT_KEY = "invitations.template.default";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final SettingsRepository settings;

    public MessageTemplates(SettingsRepository settings) {
        this.settings = settings;
    }

    /// The languages creators get messages in: the interface languages.
    public static List<Locale> languages() {
        return Messages.LANGUAGES;
    }

    /// The shipped template for a language.
    public static String defaultTemplate(Locale language) {
        return Messages.forLocale(language).getString(DEFAULT_KEY);
    }

    /// The template in use for a language: the edited one, else the shipped default.
    public String template(Locale language) {
        Locale supported = Messages.supported(language);
        return settings.get(SETTING_PREFIX + supported.toLanguageTag()).orElseGet(() -> defaultTemplate(supported));
    }

    /// Every language's template in use, keyed by language.
    public Map<Locale, String> all() {
        Map<Locale, String> templates = new java.util.LinkedHashMap<>();
        for (Locale language : languages()) {
            templates.put(language, template(language));
        }
        return templates;
    }

    /// Placeholders in a template that are not one of [#PLACEHOLDERS] (likely typing mistakes).
    public static List<String> unknownPlaceholders(String template) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1)) && !unknown.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    /// Fills a template for a creator in their language. Unknown placeholders stay as typed; a
    /// line whose placeholders are all empty ("Contact: {contact}" with every channel hidden) is
    /// dropped rather than sent half-empty.
    public static String render(String template, MessageFacts facts, Locale language) {
        Locale locale = Messages.supported(language);
        Messages messages = Messages.forLocale(locale);
        Map<String, String> values = Map.of(
                "creator", facts.creator(),
                "plan", facts.plan(),
                "products", String.join(", ", facts.products()),
                "rates", rates(facts.rates(), locale),
                "endDate", facts.endDate() == null ? messages.getString("invitations.noEndDate")
                        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(facts.endDate()),
                "link", facts.link(),
                "contact", facts.contact().visibleText());
        List<String> lines = new ArrayList<>();
        for (String line : template.split("\\R", -1)) {
            Matcher m = PLACEHOLDER.matcher(line);
            StringBuilder filled = new StringBuilder();
            boolean hadPlaceholder = false;
            boolean anyValue = false;
            while (m.find()) {
                String value = values.get(m.group(1));
                hadPlaceholder |= value != null;
                anyValue |= value != null && !value.isEmpty();
                m.appendReplacement(filled, Matcher.quoteReplacement(value == null ? m.group() : value));
            }
            m.appendTail(filled);
            if (!hadPlaceholder || anyValue) {
                lines.add(filled.toString());
            }
        }
        return String.join("\n", lines).strip();
    }

    /// "15%" for one rate, "12%–15%" for several.
    static String rates(List<Rate> rates, Locale locale) {
        if (rates.isEmpty()) {
            return "";
        }
        Rate low = rates.stream().min(Rate::compareTo).orElseThrow();
        Rate high = rates.stream().max(Rate::compareTo).orElseThrow();
        return low.equals(high) ? percent(low, locale) : percent(low, locale) + "–" + percent(high, locale);
    }

    static String percent(Rate rate, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(rate.basisPoints(), 2)) + "%";
    }
}
